//! Compact SVG path encoding: integer map units, relative line segments,
//! no separator before a minus sign. `M12 34l3-4 5 6z`.
//!
//! [`decode`] reads that dialect back, so checks (areas, overlap with other
//! sources, shared borders) can run on exactly what the map will draw.

/// A ring in map units (already rounded to integers), closed implicitly.
pub type Ring = Vec<(i64, i64)>;

/// Rounds a ring to integer map units and drops repeated points; returns
/// `None` when fewer than three distinct points survive.
pub fn quantise(ring: &[(f64, f64)]) -> Option<Ring> {
    let mut out: Ring = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let p = (x.round() as i64, y.round() as i64);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    (out.len() >= 3).then_some(out)
}

/// Encodes rings (each closed with `z`) as one path `d` string.
pub fn encode(rings: &[Ring]) -> String {
    let mut d = String::new();
    for ring in rings {
        let (x0, y0) = ring[0];
        d.push('M');
        push_pair(&mut d, x0, y0);
        d.push('l');
        let mut first = true;
        for w in ring.windows(2) {
            let (dx, dy) = (w[1].0 - w[0].0, w[1].1 - w[0].1);
            if !first && dx >= 0 {
                d.push(' ');
            }
            first = false;
            push_pair(&mut d, dx, dy);
        }
        d.push('z');
    }
    d
}

/// Reads a path written by [`encode`] back into rings.
pub fn decode(d: &str) -> Result<Vec<Ring>, String> {
    let mut rings = Vec::new();
    let mut rest = d;
    while !rest.is_empty() {
        let body = rest
            .strip_prefix('M')
            .ok_or_else(|| format!("path: expected M at {rest:.12}"))?;
        let end = body.find('z').ok_or("path: ring without z")?;
        let (start, relative) = body[..end].split_once('l').ok_or("path: ring without l")?;
        let start = numbers(start)?;
        let relative = numbers(relative)?;
        if start.len() != 2 || relative.len() % 2 != 0 {
            return Err(format!("path: odd coordinates in {:.20}", &body[..end]));
        }
        let mut ring = vec![(start[0], start[1])];
        for step in relative.chunks_exact(2) {
            let (x, y) = ring[ring.len() - 1];
            ring.push((x + step[0], y + step[1]));
        }
        rings.push(ring);
        rest = &body[end + 1..];
    }
    Ok(rings)
}

/// Integers separated by spaces or by the sign of the next number.
fn numbers(text: &str) -> Result<Vec<i64>, String> {
    text.replace('-', " -")
        .split_whitespace()
        .map(|n| n.parse().map_err(|e| format!("path: {n:?}: {e}")))
        .collect()
}

fn push_pair(d: &mut String, x: i64, y: i64) {
    d.push_str(&x.to_string());
    if y >= 0 {
        d.push(' ');
    }
    d.push_str(&y.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_relative_segments_compactly() {
        let ring = vec![(10, 20), (13, 16), (8, 22)];
        assert_eq!(encode(&[ring]), "M10 20l3-4-5 6z");
    }

    #[test]
    fn decode_reads_back_what_encode_wrote() {
        let rings = vec![
            vec![(10, 20), (13, 16), (8, 22)],
            vec![(-5, -7), (0, 0), (-3, 4), (12, -9)],
        ];
        let d = encode(&rings);
        assert_eq!(decode(&d).unwrap(), rings);
        assert!(decode("M1 2l3z").is_err());
        assert!(decode("L1 2z").is_err());
    }

    #[test]
    fn quantise_drops_degenerate_rings() {
        assert_eq!(quantise(&[(0.1, 0.1), (0.2, 0.2), (0.0, 0.0)]), None);
        let q = quantise(&[(0.0, 0.0), (5.0, 0.0), (5.0, 5.0), (0.0, 0.0)]).unwrap();
        assert_eq!(q, vec![(0, 0), (5, 0), (5, 5)]);
    }
}
