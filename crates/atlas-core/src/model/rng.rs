//! A tiny deterministic pseudo-random generator for the Monte Carlo: the
//! same seed gives the same draws on every platform, with no dependency.

/// SplitMix64 (Steele, Lea & Flood 2014): one 64-bit state, passes BigCrush,
/// more than good enough to sample a few dozen assumptions per draw.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The generator of one Monte Carlo draw: independent of the order in
    /// which draws are made, so a band never depends on how work is split.
    pub fn for_draw(seed: u64, draw: u32) -> SplitMix64 {
        let mut mixer = SplitMix64(seed ^ (u64::from(draw).wrapping_mul(0xD1B5_4A32_D192_ED03)));
        SplitMix64(mixer.next_u64())
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0); the modulo bias is below 2^-50 for the small
    /// n used here.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A draw from the triangular distribution with minimum `low`, mode
    /// `mode` and maximum `high` (inverse CDF). The triangle is the usual
    /// choice when an expert gives low / most likely / high values and
    /// nothing about the shape; it never leaves [low, high].
    pub fn triangular(&mut self, low: f64, mode: f64, high: f64) -> f64 {
        if high <= low {
            return mode;
        }
        let u = self.unit();
        let split = (mode - low) / (high - low);
        let x = if u < split {
            low + (u * (high - low) * (mode - low)).sqrt()
        } else {
            high - ((1.0 - u) * (high - low) * (high - mode)).sqrt()
        };
        x.clamp(low, high)
    }

    /// A draw whose median is `central`: half the draws from the left half
    /// of a triangle rising from `low` to `central`, half from the right
    /// half falling from `central` to `high`. Where an assumption's range is
    /// lopsided (3, 5 and 8 ramp-up years), a plain triangle's median moves
    /// away from the central value, and with it the band away from the
    /// central run; this keeps every assumption's central value its median,
    /// so a band holds the run it surrounds.
    pub fn split_triangular(&mut self, low: f64, central: f64, high: f64) -> f64 {
        let u = self.unit();
        let x = if u < 0.5 {
            low + (central - low) * (2.0 * u).sqrt()
        } else {
            high - (high - central) * (2.0 - 2.0 * u).sqrt()
        };
        x.clamp(low, high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_draws_differ() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = SplitMix64::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..5)
            .map({
                let mut r = SplitMix64::new(7);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
        assert_ne!(
            SplitMix64::for_draw(1, 0).next_u64(),
            SplitMix64::for_draw(1, 1).next_u64()
        );
    }

    #[test]
    fn triangular_stays_in_range_and_centres_on_its_mean() {
        let mut r = SplitMix64::new(42);
        let n = 20_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let x = r.triangular(1.0, 2.0, 6.0);
            assert!((1.0..=6.0).contains(&x));
            sum += x;
        }
        // Mean of a triangle is (low + mode + high) / 3 = 3.
        assert!((sum / n as f64 - 3.0).abs() < 0.03, "{}", sum / n as f64);
        // Split: the central value is the median.
        let below = (0..n)
            .filter(|_| r.split_triangular(3.0, 5.0, 8.0) < 5.0)
            .count();
        assert!((below as f64 / n as f64 - 0.5).abs() < 0.01, "{below}");
        // Degenerate side: mode at the maximum.
        let x = r.triangular(0.5, 1.0, 1.0);
        assert!((0.5..=1.0).contains(&x));
    }
}
