//! The place profile, what a citizen opens: find a place, read in plain
//! words what happened to it, its key indicators with ranks, its population
//! pyramid, which of the paper's challenges apply and why, and (for a
//! prefecture) its counties.

use crate::charts::pyramid::{group_label, Pyramid, Series};
use crate::charts::trend::{AxisFormat, Line, Trend};
use crate::charts::{ChartCanvas, ChartSpec};
use crate::components::embed_code::EmbedCode;
use crate::components::search::PlaceSearch;
use crate::components::simple_table::{esc, table_html, Cell, Row};
use crate::components::track_record;
use crate::data::{use_data, Load};
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::units::{context_line, display_name};
use atlas_core::change::{change_pct, shrink_class};
use atlas_core::dataset::{Comparability, AGE_GROUPS};
use atlas_core::format::{grouped, signed_pct};
use atlas_core::model::track_record::{compared_text, reported_points};
use atlas_core::profile;
use atlas_core::url_state::Year;
use atlas_core::{Bundle, Lang, Level, Unit};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PlaceView() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let pick = Callback::new(move |code: u32| state.unit.set(Some(code)));
    let bundle = data.bundle.clone();
    let profile = move || {
        let code = state.unit.get()?;
        let found = bundle
            .unit_at(state.level.get(), code)
            .or(bundle.unit(code))?;
        // A county's figures come with the details file.
        let source = if found.level == Level::County {
            use_data().bundle_for(true)
        } else {
            Some(bundle.clone())
        };
        Some(match source.and_then(|b| b.unit_at(found.level, code).cloned()) {
            Some(unit) => view! { <Profile unit=unit /> }.into_any(),
            None => view! {
                <p class="loading" role="status"><span class="spinner"></span>{texts(lang.get()).loading}</p>
            }
            .into_any(),
        })
    };
    view! {
        <section class="place-view">
            <h2 class="visually-hidden">{move || texts(lang.get()).views[1]}</h2>
            <PlaceSearch on_pick=pick />
            {move || state.unit.get().is_none().then(|| view! { <p class="intro">{texts(lang.get()).place_intro}</p> })}
            {profile}
        </section>
    }
}

/// The profile's opening sentence (decided in the core).
fn headline(unit: &Unit, lang: Lang) -> String {
    profile::headline(unit, &display_name(unit, lang), lang)
}

#[component]
fn Profile(unit: Unit) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    data.want_details();
    let code = unit.code;
    let level = unit.level;
    let u = unit.clone();
    let title = move || display_name(&u, lang.get());
    let bundle = data.bundle.clone();
    let u = unit.clone();
    let context = move || context_line(&u, &bundle, lang.get());
    let u = unit.clone();
    let head = move || headline(&u, lang.get());
    let caveat = match (&unit.comparability, unit.boundary_caveat) {
        (Some(Comparability::NoComparable2010 { reason }), _) => Some(Some(reason.clone())),
        (_, true) => Some(None),
        _ => None,
    };
    let caveat_view = caveat.map(|reason| {
        view! {
            <p class="caveat" role="note">
                {move || {
                    let t = texts(lang.get());
                    match &reason {
                        None => t.boundary_caveat.to_string(),
                        Some(why) => format!("{}: {}", t.no_comparable_2010, why.text(lang.get())),
                    }
                }}
            </p>
        }
    });

    // Cards and challenges need the details file.
    let details = move || {
        match use_data().full.get() {
        Load::Ready(full) => {
            let unit = full.unit_at(level, code)?.clone();
            Some(view! {
                <Cards unit=unit.clone() bundle=full.clone() />
                <MeasuresSection code=code level=level />
                <Challenges unit=unit bundle=full />
            }.into_any())
        }
        Load::Failed(e) => Some(view! { <p class="load-error">{e}</p> }.into_any()),
        _ => Some(view! { <p class="loading inline" role="status"><span class="spinner"></span>{texts(lang.get()).loading}</p> }.into_any()),
    }
    };

    view! {
        <article class="profile" data-unit=code.to_string()>
            <header>
                <h2>{title}</h2>
                <p class="context">{context}</p>
            </header>
            <p class="headline" data-field="headline">{head}</p>
            {caveat_view}
            {details}
            <TrendSection unit=unit.clone() />
            <PyramidSection code=code level=level />
            {(level == Level::Prefecture).then(|| view! { <CountyList prefecture=code /> })}
        </article>
    }
}

#[component]
fn Cards(unit: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let cards = profile::CARDS
        .iter()
        .copied()
        .map(|ind| {
            let value = ind.of(&unit, Year::Y2020);
            let (in_province, in_region) = profile::ranks(ind, &unit, &bundle);
            let year = if ind.yearly { " 2020" } else { "" };
            view! {
                <div class="card" data-indicator=ind.key>
                    <p class="card-label">{move || format!("{}{year}", ind.name(lang.get()))}</p>
                    <p class="card-value">
                        {move || value.map(|v| ind.format(v, lang.get())).unwrap_or_else(|| texts(lang.get()).no_data.into())}
                    </p>
                    <p class="card-rank">
                        {move || {
                            let t = texts(lang.get());
                            let fmt = |r: Option<profile::Rank>| r.map(|r| format!("{}/{}", r.rank, r.of)).unwrap_or("–".into());
                            format!("{} {} · {} {}", t.rank_in_province, fmt(in_province), t.rank_in_region, fmt(in_region))
                        }}
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="cards-section">
            <h3>{move || texts(lang.get()).indicators_heading}</h3>
            <p class="note">{move || match lang.get() {
                Lang::Zh => "排名：1 表示同级单元中数值最高。",
                Lang::En => "Ranks: 1 is the highest value among units of the same level.",
            }}</p>
            <div class="cards">{cards}</div>
        </section>
    }
}

#[component]
fn Challenges(unit: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let list = move || {
        let lang = lang.get();
        let name = display_name(&unit, lang);
        profile::challenges(&unit, &bundle)
            .into_iter()
            .map(|profile::Challenge { kind, applies, findings }| {
                let reasons: Vec<String> = findings.iter().map(|f| f.text(&name, lang)).collect();
                view! {
                    <li class:applies=applies data-challenge=kind.key()>
                        <strong>{kind.title(lang)}</strong>
                        <span class="badge">{if applies { if lang == Lang::Zh { "适用" } else { "applies" } } else if lang == Lang::Zh { "不明显" } else { "not evident" }}</span>
                        <ul>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="challenges">
            <h3>{move || match lang.get() { Lang::Zh => "论文提出的三大挑战", Lang::En => "The paper's three challenges" }}</h3>
            <ul class="challenge-list">{list}</ul>
        </section>
    }
}

#[component]
pub fn PyramidSection(code: u32, level: Level) -> impl IntoView {
    let embedded = use_app().embed.get_untracked();
    let data = use_data();
    let lang = use_lang();
    data.want_cohorts();
    // One model run for the chart and its table, not one per render.
    let projected = Memo::new(move |_| {
        let prepared = use_data().prepared()?;
        profile::baseline_age_sex(&prepared, code, profile::PYRAMID_YEAR)
    });
    let spec = Signal::derive(move || {
        let cohorts = use_data().cohorts.get().ready()?;
        let unit = cohorts.unit(level, code)?;
        let mut series: Vec<Series> = [(&unit.y2020, "2020", false), (&unit.y2010, "2010", false)]
            .into_iter()
            .filter_map(|(c, label, projected)| {
                Series::from_counts(label.into(), c.as_ref()?, projected)
            })
            .collect();
        let t = texts(lang.get());
        if let Some(p) = projected
            .get()
            .and_then(|p| projected_series(&p, lang.get()))
        {
            series.push(p);
        }
        (!series.is_empty()).then(|| {
            ChartSpec::Pyramid(Pyramid {
                series,
                male_label: t.male.into(),
                female_label: t.female.into(),
            })
        })
    });
    let file_name = Signal::derive(move || format!("pyramid-{code}"));
    let label =
        Signal::derive(move || format!("{} 2010, 2020, 2035", texts(lang.get()).pyramid_title));
    let table = move || {
        let Some(Load::Ready(cohorts)) = Some(use_data().cohorts.get()) else {
            return None;
        };
        let unit = cohorts.unit(level, code)?.clone();
        let t = texts(lang.get());
        let cell = |v: Option<u64>| v.map(grouped).unwrap_or_else(|| t.no_data.to_string());
        let projected = projected.get();
        let rows = (0..AGE_GROUPS)
            .rev()
            .map(|i| {
                let get = |c: &Option<atlas_core::AgeSex>, male: bool| {
                    c.as_ref()
                        .map(|a| if male { a.male[i] } else { a.female[i] })
                };
                view! {
                    <tr>
                        <th scope="row">{group_label(i)}</th>
                        <td>{cell(get(&unit.y2010, true))}</td>
                        <td>{cell(get(&unit.y2010, false))}</td>
                        <td>{cell(get(&unit.y2020, true))}</td>
                        <td>{cell(get(&unit.y2020, false))}</td>
                        <td>{cell(projected.map(|p| p.men[i].round() as u64))}</td>
                        <td>{cell(projected.map(|p| p.women[i].round() as u64))}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <details class="chart-table">
                <summary>{t.chart_as_table}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t.age_group}</th>
                            <th scope="col">{format!("2010 {}", t.male)}</th>
                            <th scope="col">{format!("2010 {}", t.female)}</th>
                            <th scope="col">{format!("2020 {}", t.male)}</th>
                            <th scope="col">{format!("2020 {}", t.female)}</th>
                            <th scope="col">{format!("2035* {}", t.male)}</th>
                            <th scope="col">{format!("2035* {}", t.female)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="note">{if lang.get() == Lang::Zh { "* 基线推算（情景工具，不是预测）。" } else { "* Baseline projection (a scenario, not a forecast)." }}</p>
            </details>
        })
    };
    let status = move || {
        match use_data().cohorts.get() {
        Load::Ready(_) => None,
        Load::Failed(e) => Some(view! { <p class="load-error">{e}</p> }.into_any()),
        _ => Some(view! { <p class="loading inline" role="status"><span class="spinner"></span>{texts(lang.get()).loading_cohorts}</p> }.into_any()),
    }
    };
    view! {
        <section class="pyramid-section">
            <h3>{move || texts(lang.get()).pyramid_title}</h3>
            {status}
            <ChartCanvas spec=spec height=300 file_name=file_name label=label />
            {table}
            {(!embedded).then(|| view! { <EmbedCode chart="pyramid" /> })}
        </section>
    }
}

#[component]
fn CountyList(prefecture: u32) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let rows = move || {
        let lang = lang.get();
        let t = texts(lang);
        // County figures come with the details file.
        let Some(bundle) = use_data().bundle_for(true) else {
            return view! { <tr><td colspan="4" class="loading inline">{t.loading}</td></tr> }
                .into_any();
        };
        bundle
            .counties_of(prefecture)
            .map(|u| {
                let code = u.code;
                let name = display_name(u, lang);
                let change = change_pct(u).map(|c| signed_pct(c, 1)).unwrap_or_else(|| t.no_comparable_2010.into());
                let class = shrink_class(u).map(|c| c.name(lang)).unwrap_or("–");
                let pop = u.y2020.pop.map(grouped).unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">
                            <button class="link-button" on:click=move |_| state.unit.set(Some(code))>{name}</button>
                        </th>
                        <td>{pop}</td>
                        <td>{change}</td>
                        <td>{class}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="county-list">
            <h3>{move || texts(lang.get()).counties_heading}</h3>
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{move || texts(lang.get()).unit_column}</th>
                        <th scope="col">{move || texts(lang.get()).pop_2020}</th>
                        <th scope="col">{move || texts(lang.get()).change}</th>
                        <th scope="col">{move || texts(lang.get()).class}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The three sub-indices, the composite with its ranks, the coupling class
/// and the places most like this one.
#[component]
fn MeasuresSection(code: u32, level: Level) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let body = move || {
        let lang = lang.get();
        let t = texts(lang);
        let Some(measures) = use_data().measures() else {
            return view! { <p class="loading inline" role="status"><span class="spinner"></span>{t.loading}</p> }.into_any();
        };
        let Some(m) = measures.at(level).unit(code).cloned() else {
            return ().into_any();
        };
        let zh = lang == Lang::Zh;
        let fmt = |v: Option<f64>| {
            v.map(|v| format!("{v:.3}"))
                .unwrap_or_else(|| t.no_data.to_string())
        };
        let rows = [
            (
                if zh { "人口维度" } else { "Population" },
                m.index.population,
            ),
            (if zh { "产业维度" } else { "Industry" }, m.index.industry),
            (if zh { "空间维度" } else { "Space" }, m.index.space),
            (if zh { "综合指数" } else { "Composite" }, m.index.composite),
        ]
        .into_iter()
        .map(|(name, v)| {
            let width = v
                .map(|v| format!("width:{:.1}%", v * 100.0))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="index-cell"><span class="index-bar" style=width></span>{fmt(v)}</td>
                </tr>
            }
        })
        .collect_view();
        let rank =
            |r: Option<u32>, of: u32| r.map(|r| format!("{r}/{of}")).unwrap_or_else(|| "–".into());
        let ranks = format!(
            "{} {} · {} {}",
            t.rank_in_province,
            rank(m.rank.province, m.rank.province_of),
            t.rank_in_region,
            rank(m.rank.region, m.rank.region_of)
        );
        let coupling = m.coupling.as_ref().map(|c| {
            let class = if zh {
                c.class.name_zh()
            } else {
                c.class.name_en()
            };
            if zh {
                format!("耦合协调度 D = {:.3}（{class}）", c.d)
            } else {
                format!("Coupling coordination D = {:.3} ({class})", c.d)
            }
        });
        let spread = m.county_spread.as_ref().map(|s| {
            if zh {
                format!(
                    "所辖 {} 个区县中，{} 个有可比数据，其中 {} 个人口减少。",
                    s.counties, s.comparable, s.shrinking
                )
            } else {
                format!(
                    "Of its {} counties, {} have a comparable 2010 figure and {} of those shrank.",
                    s.counties, s.comparable, s.shrinking
                )
            }
        });
        let bundle = use_data().bundle.clone();
        let similar = m
            .similar
            .iter()
            .filter_map(|c| bundle.unit_at(level, *c))
            .map(|u| {
                let code = u.code;
                let name = display_name(u, lang);
                view! { <li><button class="link-button" on:click=move |_| state.unit.set(Some(code))>{name}</button></li> }
            })
            .collect_view();
        view! {
            <table class="data-table index-table">
                <caption>{if zh { "收缩指数（0—1，越高收缩越明显）" } else { "Shrinkage indices (0-1, higher = more shrinkage)" }}</caption>
                <tbody>{rows}</tbody>
            </table>
            <p class="card-rank">{if zh { "综合指数排名（1 = 收缩最明显）：" } else { "Composite rank (1 = most shrinkage): " }}{ranks}</p>
            {coupling.map(|c| view! { <p>{c}</p> })}
            {spread.map(|s| view! { <p>{s}</p> })}
            <h4>{if zh { "相似的地区" } else { "Places like this one" }}</h4>
            <ul class="similar-list">{similar}</ul>
        }
        .into_any()
    };
    view! {
        <section class="measures-section">
            <h3>{move || if lang.get() == Lang::Zh { "收缩指数与相似地区" } else { "Shrinkage indices and similar places" }}</h3>
            {body}
        </section>
    }
}

/// The baseline projection of a unit's residents with its band, or why it
/// has none (decided in the core).
type Projection = Result<profile::ResidentsBand, atlas_core::model::NotProjected>;

fn projection_with_band(code: u32) -> Option<Projection> {
    let prepared = use_data().prepared()?;
    profile::residents_with_band(&prepared, code)
}

/// Residents over time: the censuses, the figures reported since and the
/// baseline projection to 2040 with its band, and all of it as tables.
#[component]
fn TrendSection(unit: Unit) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    data.want_cohorts();
    let code = unit.code;
    let census: Vec<(u32, f64)> = [
        (
            2010,
            unit.y2010.as_ref().and_then(|y| y.pop).filter(|_| {
                !matches!(
                    unit.comparability,
                    Some(Comparability::NoComparable2010 { .. })
                )
            }),
        ),
        (2020, unit.y2020.pop),
    ]
    .into_iter()
    .filter_map(|(y, p)| Some((y, p? as f64)))
    .collect();
    // Computed once (400 draws), when the model's data are here.
    let cache = StoredValue::new(None::<Projection>);
    let projection = move || {
        if let Some(p) = cache.get_value() {
            return Some(p);
        }
        let p = projection_with_band(code)?;
        cache.set_value(Some(p.clone()));
        Some(p)
    };
    // (Cheap: a filter of a few dozen figures, so no memo.)
    let reported = move || {
        use_data()
            .cohorts
            .get()
            .ready()
            .map(|c| reported_points(&c.reported, code))
    };
    let census_for_chart = census.clone();
    let spec = Signal::derive(move || {
        let lang = lang.get();
        let t = texts(lang);
        let lines = match projection() {
            Some(Ok(profile::ResidentsBand { central, p10, p90 })) => Some((central, p10, p90)),
            _ => None,
        };
        Some(ChartSpec::Trend(Trend {
            lines: lines
                .iter()
                .map(|(central, _, _)| Line {
                    label: t.baseline.into(),
                    values: central.clone(),
                    colour: None,
                })
                .collect(),
            band: lines.map(|(_, p10, p90)| (p10, p90, 2)),
            census: census_for_chart.clone(),
            reported: reported()
                .map(|p| track_record::marks(&p, lang))
                .unwrap_or_default(),
            axis: AxisFormat::Persons,
            lang,
            labels: track_record::labels(lang),
        }))
    });
    let file_name = Signal::derive(move || format!("trend-{code}"));
    let label = Signal::derive(move || texts(lang.get()).trend_heading.to_string());
    // The static parts as HTML (see `components::simple_table`).
    let head = move || {
        let t = texts(lang.get());
        let status = match projection() {
            Some(Err(why)) => {
                format!(
                    "<p class=\"caveat\" role=\"note\">{}</p>",
                    esc(why.text(lang.get()))
                )
            }
            Some(Ok(_)) => String::new(),
            None => format!(
                "<p class=\"loading inline\" role=\"status\"><span class=\"spinner\"></span>{}</p>",
                esc(t.loading)
            ),
        };
        format!("<h3>{}</h3>{status}", esc(t.trend_heading))
    };
    let below = move || {
        let lang = lang.get();
        let t = texts(lang);
        let fmt = |v: f64| compared_text(v, lang);
        let reported = reported();
        let mut html = String::new();
        if reported.as_ref().is_some_and(|p| p.is_empty()) {
            html.push_str(&format!(
                "<p class=\"note no-reported\" data-field=\"no-reported\">{}</p>",
                esc(t.no_reported_figure)
            ));
        }
        let mut rows: Vec<Row> = census
            .iter()
            .map(|(y, v)| Row {
                head: format!("{} {y}", t.census_row),
                cells: vec![Cell::text(grouped(*v as u64)), Cell::text("–")],
                ..Row::default()
            })
            .collect();
        if let Some(Ok(profile::ResidentsBand { central, p10, p90 })) = projection() {
            for year in [2025u32, 2030, 2035, 2040] {
                let i = (year - 2020) as usize;
                rows.push(Row {
                    head: format!("{} {year}", t.projected_row),
                    cells: vec![
                        Cell::text(fmt(central[i])),
                        Cell::text(format!("{} – {}", fmt(p10[i]), fmt(p90[i]))),
                    ],
                    ..Row::default()
                });
            }
        }
        let columns = [t.year_column, t.residents_column, t.band_10_90].map(String::from);
        html.push_str(&format!(
            "<details class=\"chart-table\"><summary>{}</summary>{}{}</details>",
            esc(t.chart_as_table),
            table_html("projection-table", None, &columns, &rows, lang),
            reported
                .map(|p| track_record::reported_table(&p, lang, false))
                .unwrap_or_default(),
        ));
        html.push_str(&format!(
            "<p class=\"note\">{} {}</p>",
            esc(t.profile_trend_note),
            esc(t.trend_note)
        ));
        html
    };
    view! {
        <section class="trend-section">
            <div inner_html=head></div>
            <ChartCanvas spec=spec height=300 file_name=file_name label=label />
            <div inner_html=below></div>
        </section>
    }
}

/// The projected pyramid as a series (shares of the projected total).
fn projected_series(p: &profile::AgeSexProjection, lang: Lang) -> Option<Series> {
    let (male, female) = p.shares()?;
    let label = match lang {
        Lang::Zh => format!("{}（基线推算）", p.year),
        Lang::En => format!("{} (baseline projection)", p.year),
    };
    Some(Series {
        label,
        male,
        female,
        projected: true,
    })
}
