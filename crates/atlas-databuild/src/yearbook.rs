//! The county census yearbooks (leiii `census_county_{2010,2020}_v1.xlsx`):
//! one row per province, prefecture and county, 150-170 columns. This module
//! reads a row into [`Counts`], a record that can be summed over counties;
//! [`crate::indicators`] turns counts into shares.

use crate::table::{Cell, Row};
use atlas_core::dataset::{AgeSex, AGE_GROUPS};

/// Census year of a yearbook (the two layouts differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    Y2010,
    Y2020,
}

/// Summable census counts of one unit (persons unless noted). Averages are
/// kept with the weight they are averaged over, so sums stay exact.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub pop: Option<f64>,
    pub male: Option<f64>,
    pub female: Option<f64>,
    pub urban: Option<f64>,
    pub rural: Option<f64>,
    pub family_households: Option<f64>,
    pub family_household_pop: Option<f64>,
    pub age_sex: Option<AgeSex>,
    /// 户籍人口 (2010 only).
    pub registered: Option<f64>,
    /// Residents registered in another township of this county, another
    /// county of the province, another province.
    pub reg_elsewhere: Option<[f64; 3]>,
    /// Population aged 6+ by attainment: none, primary, junior secondary,
    /// senior secondary, junior college, university and above. The 2020
    /// table also counts pre-school children (aged 3-5); they are left out so
    /// that both years cover ages 6+.
    pub education: Option<[f64; 6]>,
    /// Average years of schooling times the education table's population.
    pub schooling_years_weighted: Option<f64>,
    /// Employed persons by occupation (long-form sample), the 7 major groups.
    pub occupations: Option<[f64; 7]>,
    /// Employed persons by industry section A..T (long-form sample), in the
    /// column order of that year's classification.
    pub industries: Option<[f64; 20]>,
    /// Persons aged 15+ in the long-form sample (marital status table).
    pub pop_15_plus_sample: Option<f64>,
    /// Rooms per household times family households (housing table).
    pub rooms_weighted: Option<f64>,
    pub housing_households: Option<f64>,
    /// Floor area per person times family household population.
    pub floor_area_weighted: Option<f64>,
}

fn nums<const N: usize>(row: &Row, headers: [&str; N]) -> Result<Option<[f64; N]>, String> {
    let mut out = [0.0; N];
    for (i, h) in headers.iter().enumerate() {
        match row.num(h)? {
            Some(v) => out[i] = v,
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// Counts by category that must add up to a total column. The yearbooks
/// leave a category blank ("NA") where no one falls in it (国际组织 in
/// almost every county); a blank is read as zero only when the categories
/// then add up exactly to the printed total, otherwise the whole breakdown
/// is "no data". So is a breakdown with a garbled cell (one 2010 row has
/// "5   5" in a count column).
fn breakdown<const N: usize>(
    row: &Row,
    total: &str,
    headers: [&str; N],
) -> Result<Option<[f64; N]>, String> {
    let Some(total) = row.num(total)? else {
        return Ok(None);
    };
    let mut out = [0.0; N];
    for (i, h) in headers.iter().enumerate() {
        out[i] = match row.cell(h)? {
            Cell::Num(v) => *v,
            Cell::Empty => 0.0,
            Cell::Text(_) => return Ok(None),
        };
    }
    Ok(((out.iter().sum::<f64>() - total).abs() < 0.5).then_some(out))
}

fn sum_pairs<const N: usize>(
    row: &Row,
    pairs: [(&str, &str); N],
) -> Result<Option<[f64; N]>, String> {
    let mut out = [0.0; N];
    for (i, (a, b)) in pairs.iter().enumerate() {
        match (row.num(a)?, row.num(b)?) {
            (Some(x), Some(y)) => out[i] = x + y,
            _ => return Ok(None),
        }
    }
    Ok(Some(out))
}

fn product(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? * b?)
}

/// Age-group column labels of the two yearbooks: the single year 0 and
/// 1-4 are merged into 0-4; then 5-9 ... 80-84, 85+.
fn age_columns(year: Year, male: bool) -> Vec<Vec<String>> {
    let ranges: Vec<(u32, u32)> = (1..17).map(|i| (5 * i, 5 * i + 4)).collect();
    let (m2010, f2010) = ("（男）", "（女）");
    let mut cols = Vec::with_capacity(AGE_GROUPS);
    match year {
        Year::Y2010 => {
            let s = if male { m2010 } else { f2010 };
            cols.push(vec![format!("0岁{s}"), format!("1-4岁{s}")]);
            for (a, b) in ranges {
                // The 2010 workbook has one header with an ASCII bracket.
                let label = if a == 45 && !male {
                    "45-49岁（女)".to_string()
                } else {
                    format!("{a}-{b}岁{s}")
                };
                cols.push(vec![label]);
            }
            cols.push(vec![format!("85岁及以上{s}")]);
        }
        Year::Y2020 => {
            let s = if male { "男" } else { "女" };
            cols.push(vec![format!("{s}_0岁"), format!("{s}_1到4岁")]);
            for (a, b) in ranges {
                cols.push(vec![format!("{s}_{a}到{b}岁")]);
            }
            cols.push(vec![format!("{s}_85岁以上")]);
        }
    }
    cols
}

/// The age-sex table of a row.
pub fn age_sex(row: &Row, year: Year) -> Result<Option<AgeSex>, String> {
    let mut out = AgeSex::zero();
    for male in [true, false] {
        for (i, group) in age_columns(year, male).iter().enumerate() {
            let mut total = 0.0;
            for h in group {
                match row.num(h)? {
                    Some(v) => total += v,
                    None => return Ok(None),
                }
            }
            let v = total.round() as u64;
            if male {
                out.male[i] = v;
            } else {
                out.female[i] = v;
            }
        }
    }
    Ok(Some(out))
}

/// Education columns of the 2010 yearbook, (male, female) by level: none,
/// primary, junior and senior secondary, college, university and above.
const EDUCATION_2010: [(&str, &str); 6] = [
    ("未上过学-男", "未上过学-女"),
    ("小学-男", "小学-女"),
    ("初中-男", "初中-女"),
    ("高中-男", "高中-女"),
    ("大学专科-男", "大学专科-女"),
    ("大学本科及以上-男", "大学本科及以上-女"),
];
/// Residents registered elsewhere, 2010: in the county, the province,
/// another province.
const REGISTERED_ELSEWHERE_2010: [&str; 3] = [
    "迁入人口（人）-本县（市）/本市市区",
    "迁入人口（人）-本省其他县（市）、市区",
    "迁入人口（人）-外省",
];
/// Occupation columns of the 2010 yearbook, in its order.
const OCCUPATIONS_2010: [&str; 7] = [
    "国家机关、党群组织、企业、事业单位负责人",
    "专业技术人员",
    "办事人员和有关人员",
    "商业、服务业人员",
    "农、林、牧、渔、水利业生产人员",
    "生产、运输设备操作人员及有关人员",
    "不便分类的其他从业人员",
];
/// Industry columns in section order A..T of GB/T 4754-2002. The
/// workbook's headers for F, G and H are garbled ("仓储和邮政业",
/// "交通运输、计算机服务和软件业", "信息传输、批发和零售业"): they hold
/// transport-storage-post (F), IT (G) and wholesale-retail (H)
/// respectively, as the counts show (H is by far the largest).
const INDUSTRIES_2010: [&str; 20] = [
    "农林牧渔业",
    "采矿业",
    "制造业",
    "电力、燃气及水的生产和供应业",
    "建筑业",
    "仓储和邮政业",
    "交通运输、计算机服务和软件业",
    "信息传输、批发和零售业",
    "住宿和餐饮业",
    "金融业",
    "房地产业",
    "租赁和商务服务业",
    "科学研究、技术服务和地质勘察业",
    "水利、环境和公共设施管理业",
    "居民服务和其他服务业",
    "教育",
    "卫生、社会保障和社会福利业",
    "文化、体育和娱乐业",
    "公共管理和社会组织",
    "国际组织",
];
/// Education columns of the 2020 yearbook, as [`EDUCATION_2010`].
const EDUCATION_2020: [(&str, &str); 6] = [
    ("未上过学_男", "未上过学_女"),
    ("小学_男", "小学_女"),
    ("初中_男", "初中_女"),
    ("高中_男", "高中_女"),
    ("大学专科_男", "大学专科_女"),
    ("本科及以上_男", "本科及以上_女"),
];
/// Residents registered in another township, 2020: in the county, the
/// province, another province.
const REGISTERED_ELSEWHERE_2020: [&str; 3] = [
    "户口登记地在外乡镇街道人口_本县",
    "户口登记地在外乡镇街道人口_本省其他县",
    "户口登记地在外乡镇街道人口_省外",
];
/// Occupation columns of the 2020 yearbook, in its order.
const OCCUPATIONS_2020: [&str; 7] = [
    "党的机关国家机关群众团体和社会组织企事业单位负责人",
    "专业技术人员",
    "办事人员和有关人员",
    "社会生产服务和生活服务人员",
    "农林牧渔业生产及辅助人员",
    "生产制造及有关人员",
    "不便分类其他的从业人员",
];
/// Industry columns in section order A..T of GB/T 4754-2017.
const INDUSTRIES_2020: [&str; 20] = [
    "农林牧渔业",
    "采矿业",
    "制造业",
    "电力热力燃气及水生产和供应业",
    "建筑业",
    "批发和零售业",
    "交通运输仓储和邮政业",
    "住宿和餐饮业",
    "信息传输软件和信息技术服务业",
    "金融业",
    "房地产业",
    "租赁和商务服务业",
    "科学研究和技术服务业",
    "水利环境和公共设施管理业",
    "居民服务修理和其服务业",
    "教育",
    "卫生和社会工作",
    "文化体育和娱乐业",
    "公共管理社会保障和社会组织",
    "国际组织",
];

/// Reads one yearbook row.
pub fn counts(row: &Row, year: Year) -> Result<Counts, String> {
    match year {
        Year::Y2010 => counts_2010(row),
        Year::Y2020 => counts_2020(row),
    }
}

/// A row of the 6th census (2010) county yearbook.
fn counts_2010(row: &Row) -> Result<Counts, String> {
    let education = sum_pairs(row, EDUCATION_2010)?;
    let households = row.num("户数")?;
    let household_pop = row.num("人口数")?;
    let housing_households = row.num("长表数据-家庭户")?;
    Ok(Counts {
        pop: row.num("合计")?,
        male: row.num("男")?,
        female: row.num("女")?,
        urban: row.num("城镇人口")?,
        rural: row.num("乡村人口")?,
        family_households: households,
        family_household_pop: household_pop,
        age_sex: age_sex(row, Year::Y2010)?,
        registered: row.num("户籍人口")?,
        reg_elsewhere: nums(row, REGISTERED_ELSEWHERE_2010)?,
        schooling_years_weighted: product(
            row.num("平均受教育年限（年）-合计")?,
            education.map(|e| e.iter().sum()),
        ),
        education,
        occupations: breakdown(row, "各种职业人口总计", OCCUPATIONS_2010)?,
        industries: breakdown(row, "各种行业人口总计", INDUSTRIES_2010)?,
        pop_15_plus_sample: row.num("15岁及以上人口-合计")?,
        rooms_weighted: product(row.num("平均每户住房间数（间/户）")?, housing_households),
        housing_households,
        floor_area_weighted: product(row.num("人均住房建筑面积（平方米/人）")?, household_pop),
    })
}

/// A row of the 7th census (2020) county tabulation.
fn counts_2020(row: &Row) -> Result<Counts, String> {
    let education = sum_pairs(row, EDUCATION_2020)?;
    let household_pop = row.num("家庭户人口数")?;
    let housing_households = row.num("家庭户户数_长表")?;
    Ok(Counts {
        pop: row.num("人口数_合计")?,
        male: row.num("人口数_男")?,
        female: row.num("人口数_女")?,
        urban: row.num("城镇人口")?,
        rural: row.num("乡村人口")?,
        family_households: row.num("家庭户数")?,
        family_household_pop: household_pop,
        age_sex: age_sex(row, Year::Y2020)?,
        registered: None,
        reg_elsewhere: nums(row, REGISTERED_ELSEWHERE_2020)?,
        schooling_years_weighted: product(
            row.num("平均受教育年限_合计")?,
            education.map(|e| e.iter().sum()),
        ),
        education,
        occupations: breakdown(row, "各种职业人口总计", OCCUPATIONS_2020)?,
        industries: breakdown(row, "各种行业人口总计", INDUSTRIES_2020)?,
        pop_15_plus_sample: row.num("十五岁以上人口")?,
        rooms_weighted: product(row.num("平均每户住房间数")?, housing_households),
        housing_households,
        floor_area_weighted: product(row.num("人均住房建筑面积")?, household_pop),
    })
}

fn add_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? + b?)
}

fn add_arr<const N: usize>(a: Option<[f64; N]>, b: Option<[f64; N]>) -> Option<[f64; N]> {
    let (mut a, b) = (a?, b?);
    for i in 0..N {
        a[i] += b[i];
    }
    Some(a)
}

impl Counts {
    /// Sum of two records; a field missing in either is missing in the sum.
    pub fn add(&self, o: &Counts) -> Counts {
        Counts {
            pop: add_opt(self.pop, o.pop),
            male: add_opt(self.male, o.male),
            female: add_opt(self.female, o.female),
            urban: add_opt(self.urban, o.urban),
            rural: add_opt(self.rural, o.rural),
            family_households: add_opt(self.family_households, o.family_households),
            family_household_pop: add_opt(self.family_household_pop, o.family_household_pop),
            age_sex: match (&self.age_sex, &o.age_sex) {
                (Some(a), Some(b)) => {
                    let mut s = a.clone();
                    s.add(b);
                    Some(s)
                }
                _ => None,
            },
            registered: add_opt(self.registered, o.registered),
            reg_elsewhere: add_arr(self.reg_elsewhere, o.reg_elsewhere),
            education: add_arr(self.education, o.education),
            schooling_years_weighted: add_opt(
                self.schooling_years_weighted,
                o.schooling_years_weighted,
            ),
            occupations: add_arr(self.occupations, o.occupations),
            industries: add_arr(self.industries, o.industries),
            pop_15_plus_sample: add_opt(self.pop_15_plus_sample, o.pop_15_plus_sample),
            rooms_weighted: add_opt(self.rooms_weighted, o.rooms_weighted),
            housing_households: add_opt(self.housing_households, o.housing_households),
            floor_area_weighted: add_opt(self.floor_area_weighted, o.floor_area_weighted),
        }
    }

    /// Sum of many records (`None` for an empty list).
    pub fn sum<'a>(items: impl IntoIterator<Item = &'a Counts>) -> Option<Counts> {
        let mut iter = items.into_iter();
        let first = iter.next()?.clone();
        Some(iter.fold(first, |acc, c| acc.add(c)))
    }
}
