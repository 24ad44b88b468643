//! Sorting through two copies of the standard library's sort.
//!
//! Every `sort_by` with its own closure compiles to its own copy of the
//! standard sort (several kB of WebAssembly each, ~15 of them before this
//! module). The sorts of the core and the app go through these two
//! functions instead, so the wasm the reader downloads carries one copy for
//! numbers and one for everything else.

use std::cmp::Ordering;

/// Sorts numbers ascending in total order (-0 before +0, NaN last). Equal
/// values under the total order are identical, so "unstable" loses nothing.
pub fn sort_floats(values: &mut [f64]) {
    values.sort_unstable_by(f64::total_cmp);
}

/// Sorts `items` by `compare`, stable (equal items keep their order).
///
/// Sorts positions through one non-generic function, then moves the items
/// into that order: the only generic code left is the move.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_ascend_in_total_order() {
        let mut v = vec![3.0, -0.0, f64::NAN, 0.0, -2.5, 1.0];
        sort_floats(&mut v);
        assert_eq!(&v[..5], &[-2.5, -0.0, 0.0, 1.0, 3.0]);
        assert!(v[0].is_sign_negative() && v[1].is_sign_negative() && v[2].is_sign_positive());
        assert!(v[5].is_nan());
    }

    #[test]
    fn sort_by_is_stable_and_keeps_every_item() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |x, y| x.cmp(y));
        assert!(empty.is_empty());
    }

    #[test]
    fn sort_by_matches_the_standard_sort() {
        // A fixed pseudo-random sequence with many ties.
        let mut x = 12345u32;
        let mut v: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) % 37, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|b| std::cmp::Reverse(b.0));
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, expected);
    }
}
