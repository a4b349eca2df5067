#!/usr/bin/python3
"""Check geodata/countries.gpkg (or the file given) against what the app relies on.

    /usr/bin/python3 geodata/check_countries.py [path/to/countries.gpkg]

Exits non-zero and lists every failure; ends with a 'N passed, N failed' line.
Independent of build_countries.py on purpose.
"""
import csv
import os
import re
import sys

from osgeo import gdal, ogr

ogr.UseExceptions()
gdal.PushErrorHandler("CPLQuietErrorHandler")

HERE = os.path.dirname(os.path.abspath(__file__))
SCALES = ("110m", "50m", "10m")
REQUIRED = "FIN EST LVA LTU POL UKR BLR RUS NOR SWE DEU ROU SVK HUN MDA CZE".split()
FIELDS = [("iso_a3", "String"), ("iso_n3", "String"), ("name", "String"),
          ("occupied", "Integer"), ("occupied_by", "String")]
POINTS = {"34.1E 45.0N (central Crimea)": (34.1, 45.0),
          "Sevastopol 33.52E 44.60N": (33.52, 44.60),
          "Kerch peninsula 35.9E 45.3N": (35.9, 45.3)}

passed, failed = 0, []


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failed.append(what)
        print("FAIL:", what)


def point(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(x, y)
    return p


def parts(g):
    return [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "countries.gpkg")
    with open(os.path.join(HERE, "iso3166.csv"), encoding="utf-8", newline="") as fh:
        iso = {r["numeric"]: r["alpha3"] for r in csv.DictReader(fh)}
    check(iso.get("578") == "NOR" and iso.get("040") == "AUT" and len(iso) == 249,
          "iso3166.csv: 249 rows, leading zeros kept, 578 -> NOR")
    ds = ogr.Open(path)
    names = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    check(names == sorted(f"countries_{s}" for s in SCALES), f"layers are {names}")
    summary = []
    for s in SCALES:
        lyr = ds.GetLayerByName(f"countries_{s}")
        if lyr is None:
            continue
        srs = lyr.GetSpatialRef()
        check(srs is not None and srs.GetAuthorityCode(None) == "4326", f"{s}: EPSG:4326")
        check(lyr.GetGeomType() == ogr.wkbMultiPolygon, f"{s}: layer geometry type MultiPolygon")
        defn = lyr.GetLayerDefn()
        got = [(defn.GetFieldDefn(i).GetName(),
                ogr.GetFieldTypeName(defn.GetFieldDefn(i).GetType()))
               for i in range(defn.GetFieldCount())]
        check(got == FIELDS, f"{s}: fields {got}")
        feats = []
        for f in lyr:
            feats.append({k: f.GetField(k) for k, _ in FIELDS} |
                         {"geom": f.GetGeometryRef().Clone(), "fid": f.GetFID()})
        bad_geom = [f["name"] for f in feats
                    if f["geom"].GetGeometryName() != "MULTIPOLYGON"
                    or f["geom"].IsEmpty() or not f["geom"].IsValid()]
        check(not bad_geom, f"{s}: invalid/empty/non-MultiPolygon geometries: {bad_geom}")
        # attributes
        for f in feats:
            n3, a3 = f["iso_n3"], f["iso_a3"]
            ok = (n3 == "" and a3 == "") or (re.fullmatch(r"\d{3}", n3 or "") and iso.get(n3) == a3)
            check(ok, f"{s}: {f['name']}: iso_n3 {n3!r} / iso_a3 {a3!r} do not match iso3166.csv")
            check(f["occupied"] in (0, 1) and (f["occupied_by"] == "") == (f["occupied"] == 0),
                  f"{s}: {f['name']}: occupied {f['occupied']} / occupied_by {f['occupied_by']!r}")
        # traps: Natural Earth's admin-0 table has ISO_N3 -99 for Norway and
        # France; disputed areas have no id and must not get a made-up code
        for nm, want in (("Norway", "NOR"), ("France", "FRA"), ("Kosovo", ""),
                         ("N. Cyprus", ""), ("Somaliland", ""), ("Taiwan", "TWN")):
            got = [f["iso_a3"] for f in feats if f["name"] == nm]
            check(got == [want], f"{s}: {nm} has iso_a3 {got}, want [{want!r}]")
        by = {}
        for f in feats:
            by.setdefault((f["iso_a3"], f["occupied"]), []).append(f)
        for a3 in REQUIRED:
            n = len(by.get((a3, 0), []))
            check(n == 1, f"{s}: {a3} present {n} times (want exactly 1)")
        crimea = by.get(("UKR", 1), [])
        check(len(crimea) == 1 and crimea[0]["name"] == "Crimea" and crimea[0]["iso_n3"] == "804"
              and crimea[0]["occupied_by"] == "RUS",
              f"{s}: exactly one UKR feature 'Crimea' occupied by RUS")
        occ = [f["name"] for f in feats if f["occupied"]]
        check(occ == ["Crimea"], f"{s}: occupied features are {occ}")
        if not crimea or (("RUS", 0) not in by) or (("UKR", 0) not in by):
            continue
        cg, rus, ukr = crimea[0]["geom"], by[("RUS", 0)][0]["geom"], by[("UKR", 0)][0]["geom"]
        for label, (x, y) in POINTS.items():
            p = point(x, y)
            check(cg.Contains(p), f"{s}: {label} in the UKR occupied Crimea part")
            check(not rus.Intersects(p), f"{s}: {label} not in RUS")
            check(not ukr.Intersects(p), f"{s}: {label} not in UKR mainland feature")
        # no RUS polygon anywhere on the peninsula, no overlap / gap with Ukraine
        crimea_box = ogr.CreateGeometryFromWkt(
            "POLYGON((32.4 44.3,36.3 44.3,36.3 45.7,32.4 45.7,32.4 44.3))")
        check(rus.Intersection(crimea_box).GetArea() == 0, f"{s}: no RUS polygon within 32.4-36.3E 44.3-45.7N")
        check(ukr.Intersection(crimea_box).GetArea() == 0,
              f"{s}: no UKR-mainland-feature polygon within 32.4-36.3E 44.3-45.7N (slivers)")
        check(cg.Intersection(ukr).GetArea() < 1e-9, f"{s}: Crimea does not overlap UKR mainland")
        check(cg.Distance(ukr) == 0, f"{s}: Crimea touches UKR mainland (no sliver gap at Perekop)")
        # antimeridian: everything within +-180, only Antarctica spans it
        for f in feats:
            x0, x1, y0, y1 = f["geom"].GetEnvelope()
            check(-180 <= x0 and x1 <= 180 and -90 <= y0 and y1 <= 90, f"{s}: {f['name']} outside lon/lat range")
            for p in parts(f["geom"]):
                px0, px1, _, _ = p.GetEnvelope()
                check(px1 - px0 <= 180 or f["iso_n3"] == "010",
                      f"{s}: {f['name']} part spans {px0:.1f}..{px1:.1f} (antimeridian not cut)")
        check(any(p.GetEnvelope()[1] < -168 for p in parts(rus)), f"{s}: RUS has its Chukotka part west of -168")
        summary.append((s, len(feats), {a3: by[(a3, 0)][0]["geom"].GetArea() for a3 in REQUIRED}))
    # the same country should have about the same area at every scale
    if len(summary) == 3:
        for a3 in REQUIRED:
            areas = [sm[2][a3] for sm in summary]
            check(max(areas) / min(areas) < 1.25, f"{a3}: area differs across scales: {areas}")
    for s, n, _ in summary:
        print(f"countries_{s}: {n} features")
    print(f"file size: {os.path.getsize(path)} bytes")
    print(f"{passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
