//! The composite shrinkage index of a unit.

/// Composite shrinkage index of one unit: the plain mean of its dimension
/// sub-indices (population, industry, space), 0..1 with 1 = most shrinkage;
/// `None` when any sub-index is missing or there are none.
///
/// Why the mean rather than a second entropy + TOPSIS pass over the three:
/// - the three dimensions are equal parts of the shrinkage framework, and a
///   fixed equal weighting says so openly, where entropy would favour
///   whichever dimension's scores happen to be most dispersed;
/// - each sub-index is already relative to the other units; a second TOPSIS
///   would re-normalise across units again, so a unit's composite would move
///   when unrelated units change, and it would no longer stay on the scale of
///   its parts (three sub-indices of 0.6 give 0.6 here);
/// - it is exactly the comprehensive index `T` of the coupling coordination
///   model ([`crate::indicators::coupling_coordination`]), so the composite
///   and the coordination degree `D = sqrt(C T)` tell one consistent story.
pub fn composite(sub_indices: &[Option<f64>]) -> Option<f64> {
    if sub_indices.is_empty() {
        return None;
    }
    let values: Option<Vec<f64>> = sub_indices.iter().copied().collect();
    let values = values?;
    Some(values.iter().sum::<f64>() / values.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composite_is_the_mean_of_complete_sub_indices() {
        // (0.9 + 0.1 + 0.5) / 3 = 0.5
        assert!((composite(&[Some(0.9), Some(0.1), Some(0.5)]).unwrap() - 0.5).abs() < 1e-15);
        assert_eq!(composite(&[Some(0.6), Some(0.6), Some(0.6)]), Some(0.6));
        assert_eq!(composite(&[Some(0.9), None, Some(0.5)]), None);
        assert_eq!(composite(&[]), None);
    }
}
