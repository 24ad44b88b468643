//! Coupling coordination degree (CCD) between subsystems, here the three
//! shrinkage dimensions, and its ten classes.

use serde::{Deserialize, Serialize};

/// Coupling coordination of `n` subsystems.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coupling {
    /// Coupling degree `C`, 0..1: how evenly the subsystems stand (1 = all equal).
    pub c: f64,
    /// Comprehensive index `T`, 0..1: their equal-weight mean.
    pub t: f64,
    /// Coordination degree `D = sqrt(C T)`, 0..1.
    pub d: f64,
    /// Class of `d`.
    pub class: CoordinationClass,
}

/// Coupling coordination of subsystem indices `u` (each 0..1; n = 3 for the
/// population, industry and space sub-indices):
/// `C = n (Π u_i)^(1/n) / Σ u_i` (geometric over arithmetic mean,
/// equivalently `[Π u_i / (mean u)^n]^(1/n)`), `T = mean u_i` (equal
/// weights), `D = sqrt(C T)`. With equal weights `C T` is the geometric mean,
/// so `D = sqrt((Π u_i)^(1/n))`.
///
/// All-zero input: `C` would be 0/0; it is 0 (nothing has developed, so there
/// is no coupling to speak of), and `T = D = 0`. Any single zero already
/// gives `C = 0` by the formula. An empty slice is treated the same way.
///
/// Inputs are clamped to 0..1 so that rounding noise (1 + 1e-16) cannot push
/// `D` over 1; they must not be NaN.
pub fn coupling_coordination(u: &[f64]) -> Coupling {
    debug_assert!(
        u.iter().all(|x| !x.is_nan()),
        "coupling_coordination: NaN input"
    );
    let n = u.len() as f64;
    let u: Vec<f64> = u.iter().map(|x| x.clamp(0.0, 1.0)).collect();
    let t = if u.is_empty() {
        0.0
    } else {
        u.iter().sum::<f64>() / n
    };
    if t <= 0.0 {
        return Coupling {
            c: 0.0,
            t: 0.0,
            d: 0.0,
            class: CoordinationClass::of(0.0),
        };
    }
    // Geometric mean through logarithms, so many small factors cannot
    // underflow the product; a zero factor gives ln 0 = -inf and
    // exp(-inf) = 0, exactly the zero product.
    let geometric = (u.iter().map(|x| x.ln()).sum::<f64>() / n).exp();
    // GM <= AM, so C <= 1; the clamp only removes rounding.
    let c = (geometric / t).clamp(0.0, 1.0);
    let d = (c * t).sqrt();
    Coupling {
        c,
        t,
        d,
        class: CoordinationClass::of(d),
    }
}

/// The ten customary classes of the coordination degree `D`, 0.1 wide, each
/// including its lower bound; the top class also includes 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinationClass {
    /// [0, 0.1) 极度失调.
    ExtremeImbalance,
    /// [0.1, 0.2) 严重失调.
    SevereImbalance,
    /// [0.2, 0.3) 中度失调.
    ModerateImbalance,
    /// [0.3, 0.4) 轻度失调.
    MildImbalance,
    /// [0.4, 0.5) 濒临失调.
    VergeOfImbalance,
    /// [0.5, 0.6) 勉强协调.
    BarelyCoordinated,
    /// [0.6, 0.7) 初级协调.
    PrimaryCoordination,
    /// [0.7, 0.8) 中级协调.
    IntermediateCoordination,
    /// [0.8, 0.9) 良好协调.
    GoodCoordination,
    /// [0.9, 1.0] 优质协调.
    HighQualityCoordination,
}

impl CoordinationClass {
    /// All classes from lowest to highest `D`.
    pub const ALL: [CoordinationClass; 10] = [
        CoordinationClass::ExtremeImbalance,
        CoordinationClass::SevereImbalance,
        CoordinationClass::ModerateImbalance,
        CoordinationClass::MildImbalance,
        CoordinationClass::VergeOfImbalance,
        CoordinationClass::BarelyCoordinated,
        CoordinationClass::PrimaryCoordination,
        CoordinationClass::IntermediateCoordination,
        CoordinationClass::GoodCoordination,
        CoordinationClass::HighQualityCoordination,
    ];

    /// The class of a coordination degree. Compared against the literal
    /// bounds 0.1 .. 0.9 (not `floor(10 d)`, which rounding can push across
    /// a bound), so a `d` of exactly 0.5 is [`Self::BarelyCoordinated`].
    /// Values below 0 fall in the lowest class, above 1 in the highest.
    pub fn of(d: f64) -> CoordinationClass {
        const LOWER_BOUNDS: [f64; 9] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
        Self::ALL[LOWER_BOUNDS.iter().take_while(|b| d >= **b).count()]
    }

    /// Machine name as used in URLs, JSON and CSS classes (same as serde).
    pub fn key(self) -> &'static str {
        match self {
            CoordinationClass::ExtremeImbalance => "extreme_imbalance",
            CoordinationClass::SevereImbalance => "severe_imbalance",
            CoordinationClass::ModerateImbalance => "moderate_imbalance",
            CoordinationClass::MildImbalance => "mild_imbalance",
            CoordinationClass::VergeOfImbalance => "verge_of_imbalance",
            CoordinationClass::BarelyCoordinated => "barely_coordinated",
            CoordinationClass::PrimaryCoordination => "primary_coordination",
            CoordinationClass::IntermediateCoordination => "intermediate_coordination",
            CoordinationClass::GoodCoordination => "good_coordination",
            CoordinationClass::HighQualityCoordination => "high_quality_coordination",
        }
    }

    /// The customary Chinese name.
    /// The class's name in the reader's language.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            CoordinationClass::ExtremeImbalance => "极度失调",
            CoordinationClass::SevereImbalance => "严重失调",
            CoordinationClass::ModerateImbalance => "中度失调",
            CoordinationClass::MildImbalance => "轻度失调",
            CoordinationClass::VergeOfImbalance => "濒临失调",
            CoordinationClass::BarelyCoordinated => "勉强协调",
            CoordinationClass::PrimaryCoordination => "初级协调",
            CoordinationClass::IntermediateCoordination => "中级协调",
            CoordinationClass::GoodCoordination => "良好协调",
            CoordinationClass::HighQualityCoordination => "优质协调",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            CoordinationClass::ExtremeImbalance => "extreme imbalance",
            CoordinationClass::SevereImbalance => "severe imbalance",
            CoordinationClass::ModerateImbalance => "moderate imbalance",
            CoordinationClass::MildImbalance => "mild imbalance",
            CoordinationClass::VergeOfImbalance => "on the verge of imbalance",
            CoordinationClass::BarelyCoordinated => "barely coordinated",
            CoordinationClass::PrimaryCoordination => "primary coordination",
            CoordinationClass::IntermediateCoordination => "intermediate coordination",
            CoordinationClass::GoodCoordination => "good coordination",
            CoordinationClass::HighQualityCoordination => "high-quality coordination",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn ccd_of_equal_subsystems() {
        // u = [0.5, 0.5, 0.5]: C = 3 * 0.5 / 1.5 = 1, T = 0.5,
        // D = sqrt(0.5) = 0.707107 -> [0.7, 0.8) intermediate.
        let k = coupling_coordination(&[0.5, 0.5, 0.5]);
        assert!(close(k.c, 1.0) && close(k.t, 0.5), "{k:?}");
        assert!(close(k.d, 0.5f64.sqrt()));
        assert_eq!(k.class, CoordinationClass::IntermediateCoordination);
        // Equal subsystems always couple perfectly; the computed geometric
        // mean can exceed the arithmetic one by an ulp (e.g. at 0.01), and
        // the clamp keeps C and D within 0..1.
        for i in 1..=100 {
            let x = f64::from(i) / 100.0;
            let k = coupling_coordination(&[x, x, x]);
            assert!(k.c <= 1.0 && close(k.c, 1.0) && close(k.t, x), "{x}: {k:?}");
            assert!(close(k.d, x.sqrt()), "{x}: {k:?}");
        }
    }

    #[test]
    fn ccd_hand_computed_uneven_subsystems() {
        // u = [0.9, 0.1, 0.5]: Π = 0.045, (0.045)^(1/3) = 0.355689, Σ = 1.5,
        // C = 3 * 0.355689 / 1.5 = 0.711379, T = 0.5,
        // D = sqrt(0.711379 * 0.5) = sqrt(0.355689) = 0.596397 -> barely coordinated.
        let k = coupling_coordination(&[0.9, 0.1, 0.5]);
        assert!((k.c - 0.711379).abs() < 1e-6, "{k:?}");
        assert!(close(k.c, 3.0 * 0.045f64.cbrt() / 1.5));
        assert!(close(k.t, 0.5));
        assert!((k.d - 0.596397).abs() < 1e-6);
        assert_eq!(k.class, CoordinationClass::BarelyCoordinated);
    }

    #[test]
    fn ccd_zero_inputs() {
        let zero = coupling_coordination(&[0.0, 0.0, 0.0]);
        assert_eq!((zero.c, zero.t, zero.d), (0.0, 0.0, 0.0));
        assert_eq!(zero.class, CoordinationClass::ExtremeImbalance);
        // One zero subsystem: Π = 0 -> C = 0, D = 0, but T = 0.5.
        let one = coupling_coordination(&[0.0, 0.7, 0.8]);
        assert_eq!((one.c, one.d), (0.0, 0.0));
        assert!(close(one.t, 0.5));
        assert_eq!(coupling_coordination(&[]).d, 0.0);
        // Rounding noise above 1 is clamped.
        let top = coupling_coordination(&[1.0 + 1e-15, 1.0, 1.0]);
        assert_eq!((top.c, top.t, top.d), (1.0, 1.0, 1.0));
        assert_eq!(top.class, CoordinationClass::HighQualityCoordination);
    }

    #[test]
    fn coordination_class_boundaries() {
        use CoordinationClass as K;
        assert_eq!(K::of(0.0), K::ExtremeImbalance);
        assert_eq!(K::of(0.0999), K::ExtremeImbalance);
        assert_eq!(K::of(0.1), K::SevereImbalance);
        assert_eq!(K::of(0.4999), K::VergeOfImbalance);
        assert_eq!(K::of(0.5), K::BarelyCoordinated);
        assert_eq!(K::of(0.8999), K::GoodCoordination);
        assert_eq!(K::of(0.9), K::HighQualityCoordination);
        assert_eq!(K::of(1.0), K::HighQualityCoordination);
        // Every lower bound k/10 opens class k; just below it is class k-1.
        for (k, class) in K::ALL.iter().enumerate() {
            let lower = k as f64 / 10.0;
            assert_eq!(K::of(lower), *class, "at {lower}");
            if k > 0 {
                assert_eq!(K::of(lower - 1e-9), K::ALL[k - 1], "below {lower}");
            }
        }
    }

    #[test]
    fn coordination_class_names() {
        use CoordinationClass as K;
        assert_eq!(K::BarelyCoordinated.name_zh(), "勉强协调");
        assert_eq!(
            K::HighQualityCoordination.name_en(),
            "high-quality coordination"
        );
        for class in K::ALL {
            let json = serde_json::to_string(&class).unwrap();
            assert_eq!(json, format!("\"{}\"", class.key()));
        }
        let mut zh: Vec<&str> = K::ALL.iter().map(|c| c.name_zh()).collect();
        zh.sort();
        zh.dedup();
        assert_eq!(zh.len(), 10);
    }
}
