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
///
/// A least-significant-digit radix sort of the numbers' bits, byte by byte,
/// skipping the bytes every number shares. The Monte Carlo bands sort ~800
/// slices of 1,000 draws per run; at the site's `opt-level = "z"` the
/// standard comparison sort (its `total_cmp` not inlined) took 35 % of the
/// run, this takes a fraction of it, in less code.
pub fn sort_floats(values: &mut [f64]) {
    let n = values.len();
    if n < 2 {
        return;
    }
    // Plain counting loops over slices: at `opt-level = "z"` every iterator
    // adapter, and every index into a `Vec`, would be a call per number.
    let (mut keys_buffer, mut spare_buffer) = (vec![0u64; n], vec![0u64; n]);
    let (mut keys, mut spare) = (&mut keys_buffer[..], &mut spare_buffer[..]);
    let mut counts = [[0u32; 256]; 8];
    let mut i = 0;
    while i < n {
        let key = total_order_key(values[i]);
        keys[i] = key;
        let mut byte = 0;
        while byte < 8 {
            counts[byte][(key >> (8 * byte)) as usize & 0xff] += 1;
            byte += 1;
        }
        i += 1;
    }
    let mut byte = 0;
    while byte < 8 {
        let c = &mut counts[byte];
        let digit = |key: u64| (key >> (8 * byte)) as usize & 0xff;
        // Where every key has this byte, the pass would move nothing.
        if c[digit(keys[0])] as usize != n {
            let mut start = 0;
            let mut d = 0;
            while d < 256 {
                (c[d], start) = (start, start + c[d]);
                d += 1;
            }
            let mut i = 0;
            while i < n {
                let key = keys[i];
                let slot = &mut c[digit(key)];
                spare[*slot as usize] = key;
                *slot += 1;
                i += 1;
            }
            std::mem::swap(&mut keys, &mut spare);
        }
        byte += 1;
    }
    let mut i = 0;
    while i < n {
        values[i] = from_total_order_key(keys[i]);
        i += 1;
    }
}

/// The bits of `x` as an unsigned number that orders as `f64::total_cmp`
/// does: negative numbers (sign bit set) flipped whole, positive ones with
/// the sign bit set, so that every negative sorts below every positive.
fn total_order_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

fn from_total_order_key(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 {
        key & !(1 << 63)
    } else {
        !key
    })
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
    fn floats_sort_as_the_standard_sort_in_total_order() {
        let mut rng = crate::model::rng::SplitMix64::new(0x2545_f491_4f6c_dd1d);
        let mut next = || rng.next_u64();
        let specials = [
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -f64::NAN,
            f64::MIN_POSITIVE,
            1e-310,
        ];
        for n in [0, 1, 2, 3, 17, 255, 256, 257, 1000, 4096] {
            let mut v: Vec<f64> = (0..n)
                .map(|i| match next() % 5 {
                    0 => specials[i % specials.len()],
                    1 => (next() % 7) as f64, // ties
                    2 => -((next() >> 11) as f64) / 1e3,
                    _ => f64::from_bits(next()),
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_unstable_by(f64::total_cmp);
            sort_floats(&mut v);
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&v), bits(&expected), "n = {n}");
        }
        // Numbers that share all but their lowest byte (the skipped passes).
        let mut close: Vec<f64> = (0..300).rev().map(|i| 1000.0 + i as f64 * 1e-13).collect();
        let mut expected = close.clone();
        expected.sort_unstable_by(f64::total_cmp);
        sort_floats(&mut close);
        assert_eq!(close, expected);
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
