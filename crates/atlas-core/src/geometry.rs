//! Reading the bundle's compact SVG paths (`M12 34l3-4 5 6z`, integer map
//! units, relative segments) back into numbers: bounding boxes for zooming
//! to a unit.

/// `[min_x, min_y, width, height]` of a path, `None` if it has no points.
pub fn path_bbox(d: &str) -> Option<[f64; 4]> {
    let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
    let mut any = false;
    for ring in d.split('M').filter(|r| !r.is_empty()) {
        let body = ring.trim_end_matches('z');
        let (start, rest) = body.split_once('l').unwrap_or((body, ""));
        let mut numbers = numbers_iter(start);
        let (Some(sx), Some(sy)) = (numbers.next(), numbers.next()) else {
            continue;
        };
        let (mut x, mut y) = (sx, sy);
        let mut visit = |x: f64, y: f64| {
            min = (min.0.min(x), min.1.min(y));
            max = (max.0.max(x), max.1.max(y));
            any = true;
        };
        visit(x, y);
        let mut rel = numbers_iter(rest);
        while let (Some(dx), Some(dy)) = (rel.next(), rel.next()) {
            x += dx;
            y += dy;
            visit(x, y);
        }
    }
    any.then_some([min.0, min.1, max.0 - min.0, max.1 - min.1])
}

/// Numbers separated by spaces or by the sign of the next number.
fn numbers_iter(s: &str) -> impl Iterator<Item = f64> + '_ {
    let mut rest = s;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches([' ', ',']);
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let mut end = 1;
        while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
            end += 1;
        }
        let (number, tail) = rest.split_at(end);
        rest = tail;
        number.parse().ok()
    })
}

/// The union of two boxes.
pub fn union(a: [f64; 4], b: [f64; 4]) -> [f64; 4] {
    let (x0, y0) = (a[0].min(b[0]), a[1].min(b[1]));
    let (x1, y1) = (
        (a[0] + a[2]).max(b[0] + b[2]),
        (a[1] + a[3]).max(b[1] + b[3]),
    );
    [x0, y0, x1 - x0, y1 - y0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bbox_of_relative_paths() {
        assert_eq!(path_bbox("M10 20l3-4-5 6z"), Some([8.0, 16.0, 5.0, 6.0]));
        assert_eq!(
            path_bbox("M0 0l2 0 0 2zM10 10l1 1z"),
            Some([0.0, 0.0, 11.0, 11.0])
        );
        assert_eq!(path_bbox("M-5-5l10 10z"), Some([-5.0, -5.0, 10.0, 10.0]));
        assert_eq!(path_bbox(""), None);
        assert_eq!(path_bbox("garbage"), None);
    }

    #[test]
    fn union_of_boxes() {
        assert_eq!(
            union([0.0, 0.0, 1.0, 1.0], [2.0, -1.0, 1.0, 1.0]),
            [0.0, -1.0, 3.0, 2.0]
        );
    }
}
