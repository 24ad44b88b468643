//! Class breaks for map legends.

/// Breaks that split `values` into `classes` groups of (nearly) equal size:
/// the `classes - 1` inner quantiles, rounded to `decimals` so the legend
/// reads cleanly, deduplicated (ties can merge classes). Non-finite values
/// are ignored; an empty input gives no breaks.
pub fn quantile_breaks(values: &[f64], classes: usize, decimals: i32) -> Vec<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() || classes < 2 {
        return Vec::new();
    }
    crate::order::sort_floats(&mut sorted);
    let scale = 10f64.powi(decimals);
    let mut breaks: Vec<f64> = (1..classes)
        .map(|k| {
            let pos = k as f64 / classes as f64 * (sorted.len() - 1) as f64;
            let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
            let q = sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64);
            (q * scale).round() / scale
        })
        .collect();
    breaks.dedup();
    breaks
}

/// Index of the class of `value` given ascending `breaks` (a value equal to
/// a break belongs to the upper class): 0 ..= breaks.len().
pub fn class_of(value: f64, breaks: &[f64]) -> usize {
    breaks.iter().take_while(|b| value >= **b).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quintiles_of_one_to_eleven() {
        let v: Vec<f64> = (1..=11).map(f64::from).collect();
        assert_eq!(quantile_breaks(&v, 5, 0), vec![3.0, 5.0, 7.0, 9.0]);
        assert_eq!(class_of(1.0, &[3.0, 5.0]), 0);
        assert_eq!(class_of(3.0, &[3.0, 5.0]), 1);
        assert_eq!(class_of(9.0, &[3.0, 5.0]), 2);
    }

    #[test]
    fn ties_and_junk() {
        assert_eq!(quantile_breaks(&[2.0, 2.0, 2.0, f64::NAN], 4, 1), vec![2.0]);
        assert!(quantile_breaks(&[], 5, 1).is_empty());
        assert!(quantile_breaks(&[1.0, 2.0], 1, 1).is_empty());
    }
}
