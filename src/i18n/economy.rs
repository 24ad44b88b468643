//! Strings of the economy section of a place profile, one table per
//! language.

use atlas_core::Lang;

pub struct EconomyTexts {
    pub heading: &'static str,
    pub series_heading: &'static str,
    pub series_caption: &'static str,
    pub year: &'static str,
    pub gdp: &'static str,
    pub tertiary_share: &'static str,
    pub fiscal_share: &'static str,
    pub doubtful: &'static str,
    pub no_series: &'static str,
}

const ZH: EconomyTexts = EconomyTexts {
    heading: "经济（2015）",
    series_heading: "2004—2012 年城市经济",
    series_caption: "来源：城市统计年鉴（jcdasheng/China_City_sustainability，MIT 许可）；非平衡面板，缺年份即来源未收录。",
    year: "年份",
    gdp: "地区生产总值",
    tertiary_share: "第三产业占 GDP 比重",
    fiscal_share: "财政收入占 GDP 比重",
    doubtful: "* 来源中重庆 2004—2008 年数据与统计年鉴相差 10%—14%，谨慎使用。",
    no_series: "2004—2012 年序列：来源未覆盖本地区。",
};

const EN: EconomyTexts = EconomyTexts {
    heading: "Economy (2015)",
    series_heading: "City economy 2004-2012",
    series_caption: "Source: city statistical yearbooks (jcdasheng/China_City_sustainability, MIT); an unbalanced panel: a missing year is one the source lacks.",
    year: "Year",
    gdp: "GDP",
    tertiary_share: "Tertiary share of GDP",
    fiscal_share: "Fiscal revenue as a share of GDP",
    doubtful: "* The source's Chongqing figures for 2004-2008 are 10-14 % away from the yearbooks: use with care.",
    no_series: "2004-2012 series: the source does not cover this place.",
};

pub fn economy_texts(lang: Lang) -> &'static EconomyTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// "rank 3 of 34" in the reader's language.
pub fn rank_of(rank: u32, of: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("在 {of} 个有数据的地级单元中排第 {rank}"),
        Lang::En => format!("rank {rank} of {of} units with data"),
    }
}
