use super::*;
use crate::url_state::Lang;

/// Three prefectures and two counties, by code or Chinese name (with or
/// without the suffix) or English name.
fn resolve(cell: &str) -> Option<(u32, Level)> {
    const TABLE: [(u32, &str, &str, Level); 5] = [
        (510100, "成都市", "Chengdu", Level::Prefecture),
        (510300, "自贡市", "Zigong", Level::Prefecture),
        (510400, "攀枝花市", "Panzhihua", Level::Prefecture),
        (510104, "锦江区", "Jinjiang", Level::County),
        (510105, "青羊区", "Qingyang", Level::County),
    ];
    TABLE
        .iter()
        .find(|(code, zh, en, _)| {
            cell == code.to_string()
                || cell == *zh
                || Some(cell) == zh.strip_suffix(['市', '区'])
                || cell == *en
        })
        .map(|&(code, _, _, level)| (code, level))
}

fn parse(text: &str) -> Result<UserLayer, ImportError> {
    parse_user_csv(text, &resolve)
}

fn at(line: usize, text: &str) -> CellRef {
    CellRef {
        line,
        text: text.into(),
    }
}

#[test]
fn reads_each_separator() {
    for text in [
        "adcode,空置率\n510100,12.5\n510300,7\n",
        "adcode;空置率\n510100;12.5\n510300;7",
        "adcode\t空置率\n510100\t12.5\n510300\t7\n",
    ] {
        let layer = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(layer.name, "空置率");
        assert_eq!(layer.values, vec![(510100, 12.5), (510300, 7.0)]);
        assert_eq!(layer.level, Level::Prefecture);
        assert!(layer.warnings.is_empty());
    }
}

#[test]
fn bom_crlf_quotes_and_thousands() {
    let text = "\u{feff}\"地区, 名称\";\"value (persons)\"\r\n\"成都市\";\"20,937,757\"\r\n 自贡 ; 2489256 \r\n";
    let layer = parse(text).unwrap();
    assert_eq!(layer.name, "value (persons)");
    assert_eq!(
        layer.values,
        vec![(510100, 20_937_757.0), (510300, 2_489_256.0)]
    );
    let quoted = parse("name,value\n\"Chengdu\",\"1,234.5\"\n").unwrap();
    assert_eq!(quoted.values, vec![(510100, 1234.5)]);
}

#[test]
fn names_and_codes_mix_in_one_column_and_counties_work() {
    let layer = parse("unit,v\n510100,1\n自贡市,2\nPanzhihua,3\n").unwrap();
    assert_eq!(
        layer.values,
        vec![(510100, 1.0), (510300, 2.0), (510400, 3.0)]
    );
    let counties = parse("区县,老龄化\n锦江区,18%\nQingyang,20.5 %\n").unwrap();
    assert_eq!(counties.level, Level::County);
    assert_eq!(counties.values, vec![(510104, 18.0), (510105, 20.5)]);
}

#[test]
fn no_data_rows_are_skipped_with_a_warning_never_zero() {
    let layer = parse("adcode,v\n510100,NA\n510300,4\n510400,-\n510104\n").unwrap_err();
    // 510104 is a county among prefectures: the level check still applies
    // to rows without a value.
    assert!(
        matches!(layer, ImportError::MixedLevels { .. }),
        "{layer:?}"
    );
    let layer = parse("adcode,v\n510100,NA\n510300,4\n510400,\n").unwrap();
    assert_eq!(layer.values, vec![(510300, 4.0)]);
    assert_eq!(
        layer.warnings,
        vec![ImportWarning::MissingValues {
            count: 2,
            first_line: 2
        }]
    );
}

#[test]
fn columns_around_the_unit_column() {
    // A row number before the place column is not the value.
    let layer = parse("序号,城市,值\n1,成都,5\n2,自贡,6\n").unwrap();
    assert_eq!(
        (layer.name.as_str(), layer.values),
        ("值", vec![(510100, 5.0), (510300, 6.0)])
    );
    // A second place column (codes after names) is skipped.
    let layer = parse("name,adcode,value\n成都市,510100,5\n自贡市,510300,6\n").unwrap();
    assert_eq!(layer.values, vec![(510100, 5.0), (510300, 6.0)]);
    // Several numeric columns: the first is used, the others named.
    let layer = parse("adcode,a,note,b,c\n510100,1,x,2,3\n").unwrap();
    assert_eq!(layer.name, "a");
    assert_eq!(
        layer.warnings,
        vec![ImportWarning::ExtraValueColumns {
            used: "a".into(),
            ignored: vec!["b".into(), "c".into()],
            ignored_count: 2
        }]
    );
    // A blank value header is named `value`.
    assert_eq!(parse("adcode,\n510100,1\n").unwrap().name, "value");
}

#[test]
fn empty_binary_and_too_large() {
    for text in ["", " \n\r\n", "\u{feff}", ",,\n\t,\n \"\" , \n"] {
        assert_eq!(parse(text), Err(ImportError::Empty), "{text:?}");
    }
    assert_eq!(
        parse("adcode,v\n510100,1\0"),
        Err(ImportError::Binary { line: 2 })
    );
    assert_eq!(parse("a\rb\r\n\0"), Err(ImportError::Binary { line: 3 }));
    let big = "x".repeat(MAX_BYTES + 1);
    assert_eq!(
        parse(&big),
        Err(ImportError::TooLarge {
            bytes: MAX_BYTES + 1,
            limit: MAX_BYTES
        })
    );
    let mut many = String::from("adcode,v\n");
    many.push_str(&"510100,1\n".repeat(MAX_ROWS + 1));
    assert_eq!(
        parse(&many),
        Err(ImportError::TooManyRows { limit: MAX_ROWS })
    );
}

#[test]
fn structural_errors() {
    assert_eq!(
        parse("adcode,v\n510100,\"1\n510300,2\n"),
        Err(ImportError::UnclosedQuote { line: 2 })
    );
    assert_eq!(
        parse("510100,1\n510300,2\n"),
        Err(ImportError::NoHeader {
            cell: at(1, "510100")
        })
    );
    assert_eq!(
        parse("成都,1\n"),
        Err(ImportError::NoHeader {
            cell: at(1, "成都")
        })
    );
    assert_eq!(parse("foo,bar\nx,1\n"), Err(ImportError::NoUnitColumn));
    assert_eq!(
        parse("adcode,note\n510100,hello\n"),
        Err(ImportError::NoValueColumn {
            unit_column: "adcode".into()
        })
    );
    assert_eq!(parse("adcode,v\n"), Err(ImportError::NoData));
    assert_eq!(
        parse("adcode,v\n510100,NA\n510300,\n"),
        Err(ImportError::NoData)
    );
}

#[test]
fn unknown_units_are_listed() {
    let text = "name,v\n成都,1\n北京,2\n上海,3\n\"\",4\n广州,5\n深圳,6\n天津,7\n";
    let err = parse(text).unwrap_err();
    let examples = vec![
        at(3, "北京"),
        at(4, "上海"),
        at(5, ""),
        at(6, "广州"),
        at(7, "深圳"),
    ];
    assert_eq!(err, ImportError::UnknownUnits { count: 6, examples });
    assert_eq!(
        err.message(Lang::En),
        "6 places are not in the atlas: line 3 “北京”, line 4 “上海”, line 5 (empty), line 6 “广州”, line 7 “深圳”, …."
    );
    // Nothing resolves, but the header names the place column.
    assert_eq!(
        parse("城市,v\nLondon,1\n"),
        Err(ImportError::UnknownUnits {
            count: 1,
            examples: vec![at(2, "London")]
        })
    );
}

#[test]
fn row_errors_name_the_line_and_cell() {
    assert_eq!(
        parse("adcode,v\n510100,1\n成都,2\n"),
        Err(ImportError::DuplicateUnit {
            cell: at(3, "成都"),
            first_line: 2
        })
    );
    assert_eq!(
        parse("unit,v\n成都,1\n\n锦江区,2\n"),
        Err(ImportError::MixedLevels {
            cell: at(4, "锦江区"),
            level: Level::County,
            first: at(2, "成都"),
            first_level: Level::Prefecture
        })
    );
    // A decimal comma is refused, not guessed.
    assert_eq!(
        parse("adcode;v\n510100;1\n510300;1,5\n510400;2\n"),
        Err(ImportError::NotANumber { cell: at(3, "1,5") })
    );
    assert_eq!(
        parse("adcode,v\n510100,inf\n510300,1\n"),
        Err(ImportError::NonFinite { cell: at(2, "inf") })
    );
    assert_eq!(
        parse("adcode,v\n510100,1e999\n"),
        Err(ImportError::NonFinite {
            cell: at(2, "1e999")
        })
    );
}

#[test]
fn long_cells_are_clipped() {
    let long = "八".repeat(100);
    let err = parse(&format!("adcode,v\n510100,{long}\n510300,1\n510400,2\n")).unwrap_err();
    let ImportError::NotANumber { cell } = err else {
        panic!("{err:?}")
    };
    assert_eq!(cell.text.chars().count(), MAX_CELL_CHARS + 1);
    assert!(cell.text.ends_with('…'));
}

#[test]
fn every_message_is_one_line_in_both_languages() {
    let cell = at(7, "x");
    let errors = [
        ImportError::Empty,
        ImportError::Binary { line: 3 },
        ImportError::TooLarge {
            bytes: MAX_BYTES + 1,
            limit: MAX_BYTES,
        },
        ImportError::TooManyRows { limit: MAX_ROWS },
        ImportError::UnclosedQuote { line: 2 },
        ImportError::NoHeader { cell: cell.clone() },
        ImportError::NoUnitColumn,
        ImportError::NoValueColumn {
            unit_column: "adcode".into(),
        },
        ImportError::NoData,
        ImportError::UnknownUnits {
            count: 1,
            examples: vec![cell.clone()],
        },
        ImportError::DuplicateUnit {
            cell: cell.clone(),
            first_line: 2,
        },
        ImportError::MixedLevels {
            cell: cell.clone(),
            level: Level::County,
            first: at(2, "y"),
            first_level: Level::Prefecture,
        },
        ImportError::NotANumber { cell: cell.clone() },
        ImportError::NonFinite { cell },
    ];
    let warnings = [
        ImportWarning::MissingValues {
            count: 2,
            first_line: 4,
        },
        ImportWarning::ExtraValueColumns {
            used: "a".into(),
            ignored: vec!["b".into()],
            ignored_count: 3,
        },
    ];
    let messages = errors
        .iter()
        .flat_map(|e| [e.message(Lang::Zh), e.message(Lang::En)]);
    let messages = messages.chain(
        warnings
            .iter()
            .flat_map(|w| [w.message(Lang::Zh), w.message(Lang::En)]),
    );
    for m in messages {
        assert!(!m.is_empty() && !m.contains('\n'), "{m:?}");
    }
    assert_eq!(
        errors[12].message(Lang::Zh),
        "第 7 行：“x”不是数字（小数请用小数点；无数据请留空或写 NA）。"
    );
    assert_eq!(
        errors[2].to_string(),
        "The file is 1025 KiB; the limit is 1024 KiB."
    );
    assert_eq!(
        warnings[1].message(Lang::En),
        "Several columns hold numbers: “a” is shown, “b”, … not."
    );
}

/// xorshift64*: a tiny deterministic generator, so that the property test
/// needs no crate and fails the same way every time.
struct Prng(u64);

impl Prng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random file: either random pieces and bytes, or a well-formed file
/// of random cells with a few bytes overwritten.
fn random_file(rng: &mut Prng) -> Vec<u8> {
    const PIECES: [&str; 17] = [
        ",", ";", "\t", "\"", "\n", "\r\n", "\r", "%", ".", "-", "e", "42", "NA", "510100", "成都",
        "adcode", "\u{feff}",
    ];
    const UNITS: [&str; 9] = [
        "510100",
        "510300",
        "自贡市",
        "Panzhihua",
        "510104",
        "青羊区",
        "北京",
        "",
        "\"51,0\"",
    ];
    const VALUES: [&str; 12] = [
        "1",
        "2.5",
        "-3e2",
        "12%",
        "NA",
        "",
        "-",
        "1,234",
        "\"1,234.5\"",
        "x",
        "inf",
        "1e999",
    ];
    let mut bytes = Vec::new();
    if rng.below(2) == 0 {
        for _ in 0..rng.below(60) {
            if rng.below(4) == 0 {
                bytes.push(rng.next() as u8);
            } else {
                bytes.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes());
            }
        }
        return bytes;
    }
    let sep = [",", ";", "\t"][rng.below(3)];
    let end = ["\n", "\r\n"][rng.below(2)];
    let mut text = format!("adcode{sep}value{end}");
    for _ in 0..rng.below(6) {
        text += &format!(
            "{}{sep}{}{end}",
            UNITS[rng.below(UNITS.len())],
            VALUES[rng.below(VALUES.len())]
        );
    }
    bytes = text.into_bytes();
    for _ in 0..rng.below(3) {
        let i = rng.below(bytes.len());
        bytes[i] = rng.next() as u8;
    }
    bytes
}

/// Random files never make the parser panic, and every accepted layer keeps
/// the documented promises.
#[test]
fn random_bytes_never_panic() {
    let mut rng = Prng(0x5eed_a71a5);
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..20_000 {
        let bytes = random_file(&mut rng);
        let text = String::from_utf8_lossy(&bytes);
        match parse(&text) {
            Ok(layer) => {
                accepted += 1;
                assert!(!layer.values.is_empty());
                let mut codes: Vec<u32> = layer.values.iter().map(|v| v.0).collect();
                codes.sort_unstable();
                codes.dedup();
                assert_eq!(codes.len(), layer.values.len(), "{text:?}");
                for &(code, v) in &layer.values {
                    assert!(v.is_finite());
                    assert_eq!(resolve(&code.to_string()).map(|r| r.1), Some(layer.level));
                }
                layer
                    .warnings
                    .iter()
                    .for_each(|w| assert!(!w.message(Lang::Zh).is_empty()));
            }
            Err(e) => {
                refused += 1;
                assert!(!e.message(Lang::En).contains('\n'), "{e:?}");
            }
        }
    }
    assert!(
        accepted > 100 && refused > 100,
        "the generator should reach both outcomes: {accepted} / {refused}"
    );
}

/// One very wide row among many short ones: the column scans walk each
/// row's own cells, so this stays linear in the file's size (a scan of
/// every column of every row would take billions of steps here).
#[test]
fn a_wide_row_among_short_ones_is_cheap() {
    let width = 200_000;
    let mut text = format!("adcode{}\n", ",h".repeat(width));
    text.push_str(&"510100\n".repeat(MAX_ROWS - 1));
    text.push_str(&format!("510300{}\n", ",1".repeat(width)));
    assert!(text.len() <= MAX_BYTES);
    let started = std::time::Instant::now();
    assert!(matches!(
        parse(&text),
        Err(ImportError::DuplicateUnit { .. })
    ));
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

/// Quotes inside a long unquoted cell: deciding whether a quote opens a
/// quoted field must not rescan the cell (that made this file quadratic:
/// about 10^11 steps, minutes of a frozen tab).
#[test]
fn quotes_after_long_blanks_are_cheap() {
    let half = MAX_BYTES / 2 - 8;
    let text = format!("{}x{}", " ".repeat(half), "\"".repeat(half));
    let started = std::time::Instant::now();
    let _ = parse(&text);
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

/// Other files of the largest size shaped to stress one step each: all run
/// in well under a second (a quadratic step would take minutes).
#[test]
fn adversarial_files_at_the_size_limit_are_cheap() {
    let n = MAX_BYTES - 64;
    let digits = "9".repeat(n - 20);
    let files = [
        // One blank record of a million cells.
        ",".repeat(n),
        // A header of half a million columns.
        format!("adcode{}", ",h".repeat(n / 2 - 4)),
        // One huge (non-finite) number.
        format!("adcode,v\n510100,{digits}\n"),
        // A quoted cell of escaped quotes.
        format!("adcode,v\n510100,\"{}\"\n", "\"\"".repeat(n / 2 - 20)),
        // One huge unit cell.
        format!("name,v\n{}", "\t 锦江区 \t".repeat(n / 14)),
        // Lone CRs: more rows than allowed, refused early.
        "a\r".repeat(n / 2),
    ];
    for text in files {
        assert!(text.len() <= MAX_BYTES);
        let started = std::time::Instant::now();
        let _ = parse(&text);
        assert!(
            started.elapsed().as_secs() < 5,
            "{:?}… took {:?}",
            &text[..20],
            started.elapsed()
        );
    }
}
