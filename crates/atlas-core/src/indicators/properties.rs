//! Properties of the whole engine on many pseudo-random tables: ranges,
//! sums, and independence from the order of units. The generator is a small
//! deterministic SplitMix64, so every run sees the same tables and a failure
//! is reproducible.

use super::*;

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, good enough to vary
/// test inputs; deterministic from its seed.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A random permutation of 0..n (Fisher-Yates).
    fn permutation(&mut self, n: usize) -> Vec<usize> {
        let mut p: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            p.swap(i, self.below(i + 1));
        }
        p
    }
}

/// A raw dimension table with `n` units and 1..=4 indicators, mixing scales
/// (1e-3 .. 1e6, signed), missing values, constant columns and, when
/// `coarse`, many exact ties (values from a small set).
fn random_columns(rng: &mut Rng, n: usize, coarse: bool) -> Vec<IndicatorColumn> {
    let m = 1 + rng.below(4);
    (0..m)
        .map(|_| {
            let scale = 10f64.powi(rng.below(10) as i32 - 3);
            let offset = (rng.unit() - 0.5) * scale;
            let constant = rng.chance(0.1);
            let missing = if rng.chance(0.5) { 0.0 } else { 0.15 };
            let values = (0..n)
                .map(|_| {
                    if rng.chance(missing) {
                        return None;
                    }
                    let x = if constant {
                        1.0
                    } else if coarse {
                        rng.below(4) as f64
                    } else {
                        rng.unit()
                    };
                    Some(offset + x * scale)
                })
                .collect();
            let direction = if rng.chance(0.5) {
                Direction::MoreIsShrinkage
            } else {
                Direction::LessIsShrinkage
            };
            IndicatorColumn { values, direction }
        })
        .collect()
}

fn in_unit_interval(x: f64) -> bool {
    (0.0..=1.0).contains(&x)
}

#[test]
fn every_index_is_in_unit_interval() {
    let mut rng = Rng(0x5EED_0001);
    for _ in 0..300 {
        let n = rng.below(30);
        let dims: Vec<SubIndex> = (0..3)
            .map(|_| {
                let coarse = rng.chance(0.3);
                let columns = random_columns(&mut rng, n, coarse);
                let user: Option<Vec<f64>> = rng
                    .chance(0.3)
                    .then(|| columns.iter().map(|_| rng.unit() * 5.0 + 0.01).collect());
                let s = SubIndex::compute(&columns, user.as_deref()).unwrap();
                assert_eq!(s.weights.len(), columns.len());
                assert!(
                    s.weights.iter().all(|w| in_unit_interval(*w)),
                    "{:?}",
                    s.weights
                );
                assert!(
                    (s.weights.iter().sum::<f64>() - 1.0).abs() < 1e-12,
                    "{:?}",
                    s.weights
                );
                for (i, score) in s.scores.iter().enumerate() {
                    let complete = columns.iter().all(|c| c.values[i].is_some());
                    assert_eq!(score.is_some(), complete, "unit {i}");
                    assert!(score.is_none_or(in_unit_interval), "{score:?}");
                }
                s
            })
            .collect();
        for i in 0..n {
            let subs: Vec<Option<f64>> = dims.iter().map(|d| d.scores[i]).collect();
            if let Some(c) = composite(&subs) {
                assert!(in_unit_interval(c), "{c}");
            }
            let u: Vec<f64> = subs.iter().map(|s| s.unwrap_or(0.0)).collect();
            let k = coupling_coordination(&u);
            assert!(in_unit_interval(k.c) && in_unit_interval(k.t), "{k:?}");
            assert!(in_unit_interval(k.d), "{k:?}");
            // D = sqrt(C T) = sqrt(geometric mean) with equal weights.
            let geometric = (u[0] * u[1] * u[2]).cbrt();
            assert!((k.d - geometric.sqrt()).abs() < 1e-9, "{k:?} vs {u:?}");
            assert_eq!(k.class, CoordinationClass::of(k.d));
        }
    }
}

#[test]
fn entropy_weights_sum_to_one_and_topsis_stays_in_range() {
    let mut rng = Rng(0x5EED_0002);
    for _ in 0..300 {
        let n = 1 + rng.below(20);
        let m = 1 + rng.below(6);
        let matrix: Vec<Vec<f64>> = (0..n)
            .map(|_| {
                (0..m)
                    .map(|_| if rng.chance(0.2) { 0.0 } else { rng.unit() })
                    .collect()
            })
            .collect();
        let w = entropy_weights(&matrix);
        assert_eq!(w.len(), m);
        assert!(w.iter().all(|x| in_unit_interval(*x)), "{w:?}");
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{w:?}");
        let scores = topsis(&matrix, &w);
        assert!(scores.iter().all(|s| in_unit_interval(*s)), "{scores:?}");
    }
}

#[test]
fn permuting_units_permutes_scores_and_ranks_exactly() {
    let mut rng = Rng(0x5EED_0003);
    for trial in 0..300 {
        let n = rng.below(25);
        let columns = random_columns(&mut rng, n, trial % 2 == 0);
        // perm[i] = which original unit sits at position i after the shuffle.
        let perm = rng.permutation(n);
        let shuffled: Vec<IndicatorColumn> = columns
            .iter()
            .map(|c| IndicatorColumn {
                values: perm.iter().map(|&i| c.values[i]).collect(),
                direction: c.direction,
            })
            .collect();
        let a = SubIndex::compute(&columns, None).unwrap();
        let b = SubIndex::compute(&shuffled, None).unwrap();
        // Bit-for-bit, not approximately: a rank must not flip on a reorder.
        assert_eq!(a.weights, b.weights, "trial {trial}");
        let ranks_a = rank_descending(&a.scores);
        let ranks_b = rank_descending(&b.scores);
        for (pos, &orig) in perm.iter().enumerate() {
            assert_eq!(b.scores[pos], a.scores[orig], "trial {trial}");
            assert_eq!(ranks_b[pos], ranks_a[orig], "trial {trial}");
        }
        // Standardised features permute the same way too.
        let features: Vec<Vec<Option<f64>>> = (0..n)
            .map(|i| columns.iter().map(|c| c.values[i]).collect())
            .collect();
        let shuffled_features: Vec<Vec<Option<f64>>> =
            perm.iter().map(|&i| features[i].clone()).collect();
        let za = standardise(&features);
        let zb = standardise(&shuffled_features);
        for (pos, &orig) in perm.iter().enumerate() {
            assert_eq!(zb[pos], za[orig], "trial {trial}");
        }
    }
}

#[test]
fn ranks_are_permutation_invariant_with_ties_and_gaps() {
    let mut rng = Rng(0x5EED_0004);
    for _ in 0..300 {
        let n = rng.below(40);
        let values: Vec<Option<f64>> = (0..n)
            .map(|_| (!rng.chance(0.2)).then(|| rng.below(6) as f64 / 5.0))
            .collect();
        let ranks = rank_descending(&values);
        // Definition: 1 + number of strictly larger values.
        for (v, r) in values.iter().zip(&ranks) {
            let expected =
                v.map(|v| 1 + values.iter().flatten().filter(|w| **w > v).count() as u32);
            assert_eq!(*r, expected);
        }
        let perm = rng.permutation(n);
        let shuffled: Vec<Option<f64>> = perm.iter().map(|&i| values[i]).collect();
        let shuffled_ranks = rank_descending(&shuffled);
        for (pos, &orig) in perm.iter().enumerate() {
            assert_eq!(shuffled_ranks[pos], ranks[orig]);
        }
    }
}

#[test]
fn standardised_columns_have_mean_zero_and_unit_sd() {
    let mut rng = Rng(0x5EED_0005);
    for _ in 0..200 {
        let n = 1 + rng.below(20);
        let columns = random_columns(&mut rng, n, false);
        let features: Vec<Vec<Option<f64>>> = (0..n)
            .map(|i| columns.iter().map(|c| c.values[i]).collect())
            .collect();
        let z = standardise(&features);
        for j in 0..columns.len() {
            let col: Vec<f64> = z.iter().filter_map(|r| r[j]).collect();
            let present = features.iter().filter(|r| r[j].is_some()).count();
            assert_eq!(col.len(), present);
            if col.iter().all(|x| *x == 0.0) {
                continue; // constant or single value
            }
            let k = col.len() as f64;
            let mean = col.iter().sum::<f64>() / k;
            let var = col.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / k;
            assert!(
                mean.abs() < 1e-9 && (var - 1.0).abs() < 1e-9,
                "{mean} {var}"
            );
        }
    }
}
