use super::*;
use std::collections::HashSet;

#[test]
fn keys_are_unique_machine_names_and_aliases_resolve() {
    let keys: HashSet<&str> = INDICATORS.iter().map(|i| i.key).collect();
    assert_eq!(keys.len(), INDICATORS.len());
    for i in INDICATORS {
        assert!(i
            .key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
        assert!(!i.name_zh.trim().is_empty() && !i.name_en.trim().is_empty());
        assert_eq!(find(i.key), Some(*i));
    }
    for (old, new) in ALIASES {
        assert!(!keys.contains(old), "alias {old} shadows an indicator");
        assert_eq!(find(old).map(|i| i.key), Some(*new));
    }
    assert_eq!(current(None).key, DEFAULT_KEY);
    assert_eq!(current(Some("no_such_key")).key, DEFAULT_KEY);
    assert_eq!(current(Some(USER_KEY)).key, USER_KEY);
}

#[test]
fn column_keys_carry_the_year_of_yearly_indicators_only() {
    assert_eq!(AGE60.column(Year::Y2010).key(), "age60_2010");
    assert_eq!(OUTFLOW.column(Year::Y2020).key(), "outflow_2010");
    let cols = table::columns(&[Year::Y2010, Year::Y2020]);
    let keys: HashSet<String> = cols.iter().map(Column::key).collect();
    assert_eq!(keys.len(), cols.len(), "column keys are unique");
    let yearly = INDICATORS.iter().filter(|i| i.yearly).count();
    assert_eq!(cols.len(), INDICATORS.len() + yearly);
}

#[test]
fn formatting_by_kind() {
    assert_eq!(ValueKind::ChangePercent.format(-17.44, Lang::Zh), "-17.4%");
    assert_eq!(ValueKind::ChangePoints.format(2.26, Lang::En), "+2.3 pp");
    assert_eq!(
        ValueKind::ChangePoints.format(-2.26, Lang::Zh),
        "-2.3 个百分点"
    );
    assert_eq!(
        ValueKind::ChangeSquareMetres.format(5.04, Lang::En),
        "+5.0 m²"
    );
    assert_eq!(ValueKind::Density.format(1234.4, Lang::En), "1,234 per km²");
    assert_eq!(ValueKind::Number.format(2.50, Lang::En), "2.5");
    assert_eq!(ValueKind::Index.csv(0.123456), "0.1235");
    assert_eq!(table::cell("a,b"), "\"a,b\"");
    assert_eq!(table::cell("say \"hi\""), "\"say \"\"hi\"\"\"");
}
