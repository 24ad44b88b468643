//! Douglas-Peucker line simplification.

/// Keeps the points of `line` needed to stay within `tolerance` of it; the
/// first and last points are always kept (shared arc ends stay shared).
pub fn douglas_peucker(line: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if line.len() <= 2 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((start, end)) = stack.pop() {
        let (mut worst, mut worst_dist) = (0, 0.0);
        for i in start + 1..end {
            let d = distance_to_segment(line[i], line[start], line[end]);
            if d > worst_dist {
                worst = i;
                worst_dist = d;
            }
        }
        if worst_dist > tolerance {
            keep[worst] = true;
            stack.push((start, worst));
            stack.push((worst, end));
        }
    }
    line.iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_points_within_tolerance_keeps_corners() {
        let line = [(0.0, 0.0), (1.0, 0.1), (2.0, 0.0), (2.0, 5.0)];
        assert_eq!(
            douglas_peucker(&line, 0.5),
            vec![(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]
        );
        assert_eq!(douglas_peucker(&line, 0.05).len(), 4);
    }

    #[test]
    fn closed_ring_keeps_its_ends() {
        let ring = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];
        let s = douglas_peucker(&ring, 1.0);
        assert_eq!(s.first(), s.last());
    }
}
