#!/usr/bin/env python3
"""Writes the committed seed corpora of the fuzz targets (fuzz/corpus/).

Run from anywhere: python3 fuzz/make_seeds.py. The bundle seeds are cut
from public/data/*.json: two prefectures (Zigong 510300, Panzhihua 510400)
and two counties of each, a valid bundle by construction (units sorted, parents
and province present), so the fuzzer starts from inputs that pass decoding
and reaches the validation and merge code. Keep each seed small (< 20 kB).
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "public" / "data"
CORPUS = ROOT / "fuzz" / "corpus"
PREFECTURES = {510300, 510400}
COUNTIES = {510302, 510303, 510402, 510403}


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def keep(unit):
    return unit["code"] in PREFECTURES or unit["code"] in COUNTIES


def write(target, name, text):
    path = CORPUS / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    assert len(data) <= 20_000, f"{path} is {len(data)} bytes"
    path.write_bytes(data)


def bundle_seeds():
    load = lambda name: json.loads((DATA / name).read_text(encoding="utf-8"))
    atlas, details, cohorts, shapes = (load(n) for n in ("atlas.json", "details.json", "cohorts.json", "counties-map.json"))
    small = dict(atlas)
    small["provinces"] = [p for p in atlas["provinces"] if p["code"] == 510000]
    small["units"] = [u for u in atlas["units"] if keep(u)]
    small["map"] = dict(atlas["map"], provinces=[], prefectures=[s for s in atlas["map"]["prefectures"] if s["code"] in PREFECTURES])
    ids = {(u["code"], u["level"]) for u in small["units"]}
    small_details = dict(details, units=[u for u in details["units"] if (u["code"], u["level"]) in ids])
    assert [u["code"] for u in small_details["units"]] == [u["code"] for u in small["units"]]
    small_cohorts = dict(cohorts, units=[u for u in cohorts["units"] if (u["code"], u["level"]) in ids])
    codes = {u["code"] for u in small["units"]}
    small_shapes = dict(shapes, counties=[s for s in shapes["counties"] if s["code"] in codes][:3])
    write("bundle", "small-atlas.json", compact(small))
    write("bundle", "small-details.json", compact(small_details))
    write("bundle", "small-cohorts.json", compact(small_cohorts))
    write("bundle", "small-counties-map.json", compact(small_shapes))
    # The from_files pair: bundle, NUL, details.
    write("bundle", "small-pair", compact(small) + "\0" + compact(small_details))
    # A truncated prefix of the real file, as a cache or a network cut it.
    write("bundle", "atlas-truncated.json", (DATA / "atlas.json").read_bytes()[:16_000])
    write("bundle", "wrong-version.json", compact(dict(small, version=1)))


URL_SEEDS = {
    "full": "?view=lab&unit=511900&level=county&within=511900&indicator=age60&year=2010"
    "&levers=subsidy:1800,loss_cap:8&compare=baseline,people&lang=en&embed=1&chart=trend",
    "place": "view=place&unit=510300&lang=en",
    "embed": "embed=1&chart=pyramid&unit=500000&levers=subsidy:1500.5",
    "escaped": "indicator=%63hange&unit=%35%31%30%31%30%30&utm_source=x+y&%zz=%",
    "junk": "unit=51190&lang=fr&unit=abc&view=x&levers=a:1,a:2&compare=A&&=",
}

CSV_SEEDS = {
    "comma.csv": "adcode,空置率 (%)\n510300,12.5%\n510400,NA\n",
    "semicolon-bom-crlf.csv": "\ufeff\"地区, 名称\";value\r\n\"自贡市\";\"1,234.5\"\r\n攀枝花;-\r\n",
    "tab-names.csv": "city\tvalue\tnote\tother\nZigong\t1e3\tx\t2\nPanzhihua\t7\ty\t3\n",
    "counties.csv": "序号,区县,老龄化\n1,自流井区,18\n2,510303,20.5\n",
    "errors.csv": "name,v\n自贡,1\n自贡市,2\n北京,inf\n510302,\"unclosed\n",
}


def main():
    bundle_seeds()
    for name, query in URL_SEEDS.items():
        write("url_state", name, query)
    for name, text in CSV_SEEDS.items():
        write("user_layer", name, text)


if __name__ == "__main__":
    main()
