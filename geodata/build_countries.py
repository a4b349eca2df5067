#!/usr/bin/python3
"""Build geodata/countries.gpkg from world-atlas TopoJSON (Natural Earth 4.1.0).

Called by geodata/build_countries.sh; see geodata/README.md for what and why.
Uses only Debian's python3-gdal (osgeo.ogr, GEOS through OGRGeometry).

    build_countries.py --world-atlas DIR --admin1 GPKG --iso CSV --out GPKG
    build_countries.py --write-iso-table CSV [--iso-codes-json FILE]
"""
import argparse
import csv
import json
import re
import sys

from osgeo import gdal, ogr, osr

ogr.UseExceptions()
osr.UseExceptions()
# GEOS prints "Self-intersection at or near point ..." for every invalid source
# geometry it meets; they are all repaired with MakeValid below.
gdal.PushErrorHandler("CPLQuietErrorHandler")

SCALES = ("110m", "50m", "10m")
FIELDS = (("iso_a3", ogr.OFTString), ("iso_n3", ogr.OFTString),
          ("name", ogr.OFTString), ("occupied", ogr.OFTInteger),
          ("occupied_by", ogr.OFTString))
# The 16 states the app needs at every scale (plus the UKR Crimea part).
REQUIRED = ("FIN EST LVA LTU POL UKR BLR RUS NOR SWE DEU ROU SVK HUN MDA CZE").split()
# Natural Earth admin-1 (states_provinces) records making up Crimea:
# FIPS UP11 = Autonomous Republic of Crimea, UP20 = city of Sevastopol.
CRIMEA_ADMIN1 = {"UP11": "Crimea", "UP20": "Sevastopol"}
CRIMEA_TEST_POINT = (34.1, 45.0)
# Countries whose geometry may hold Crimea (NE 4.1.0 draws it in RUS).
CRIMEA_HOLDERS = ("RUS", "UKR")


def log(*a):
    print(*a, file=sys.stderr)


# ---------------------------------------------------------------- ISO table
def write_iso_table(path, iso_json):
    with open(iso_json, encoding="utf-8") as fh:
        rows = json.load(fh)["3166-1"]
    rows = sorted(rows, key=lambda r: r["numeric"])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("numeric", "alpha3", "name"))
        for r in rows:
            w.writerow((r["numeric"], r["alpha_3"], r["name"]))
    log(f"wrote {len(rows)} rows to {path}")


def read_iso_table(path):
    table = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            n, a3 = r["numeric"], r["alpha3"]
            if not re.fullmatch(r"\d{3}", n) or not re.fullmatch(r"[A-Z]{3}", a3):
                sys.exit(f"{path}: bad row {r}")
            if n in table:
                sys.exit(f"{path}: numeric {n} twice")
            table[n] = a3
    # Sanity: a table that lost its leading zeros or its rows is caught here.
    for n, a3 in (("004", "AFG"), ("040", "AUT"), ("578", "NOR"), ("250", "FRA"),
                  ("643", "RUS"), ("804", "UKR"), ("894", "ZMB")):
        if table.get(n) != a3:
            sys.exit(f"{path}: expected {n} -> {a3}, got {table.get(n)}")
    if len(table) < 249:
        sys.exit(f"{path}: only {len(table)} rows, expected all 249 ISO 3166-1 entries")
    return table


# ------------------------------------------------------------ geometry utils
def polygons_of(geom):
    """All Polygon parts of any geometry (drops points/lines MakeValid may leave)."""
    out = []
    if geom is None or geom.IsEmpty():
        return out
    t = ogr.GT_Flatten(geom.GetGeometryType())
    if t == ogr.wkbPolygon:
        out.append(geom.Clone())
    elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            out.extend(polygons_of(geom.GetGeometryRef(i)))
    return out


def to_multipolygon(geom):
    """MakeValid, keep polygonal parts only, return a valid MultiPolygon."""
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    if geom is None or geom.IsEmpty():
        return mp
    g = geom if geom.IsValid() else geom.MakeValid()
    for p in polygons_of(g):
        if not p.IsEmpty() and p.GetArea() > 0:
            mp.AddGeometry(p)
    if mp.GetGeometryCount() > 1:
        # parts of one source feature may touch/overlap after repair: dissolve
        u = mp.UnionCascaded()
        mp = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in polygons_of(u):
            mp.AddGeometry(p)
    if not mp.IsValid():
        return to_multipolygon(mp.MakeValid())
    return mp


def box(x0, x1, y0=-90.0, y1=90.0):
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        r.AddPoint_2D(x, y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(r)
    return p


WORLD = box(-180.0, 180.0)


def ring_jumps(pts):
    return sum(1 for a, b in zip(pts, pts[1:]) if abs(b[0] - a[0]) > 180.0)


def unwrapped_ring_polygon(pts):
    """Polygon from ring points with longitudes made continuous (may leave
    [-180, 180]).  A ring that crosses the antimeridian an odd number of times
    circles a pole (Antarctica): it is closed through that pole."""
    out, off = [pts[0]], 0.0
    for a, b in zip(pts, pts[1:]):
        dx = b[0] - a[0]
        if dx > 180.0:
            off -= 360.0
        elif dx < -180.0:
            off += 360.0
        out.append((b[0] + off, b[1]))
    if off != 0.0:  # did not close: pole-circling ring
        pole = -90.0 if sum(y for _, y in pts) / len(pts) < 0 else 90.0
        out = out[:-1]
        out += [(out[-1][0], pole), (out[0][0], pole), out[0]]
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in out:
        r.AddPoint_2D(x, y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(r)
    return p.MakeValid()


def fold_into_world(geom):
    """Cut an unwrapped geometry at +-180 and shift the pieces back."""
    pieces = []
    for k in (-2, -1, 0, 1, 2):
        g = geom.Clone()
        if k:
            g = shifted(g, 360.0 * k)
        part = g.Intersection(WORLD)
        pieces.extend(p for p in polygons_of(part) if p.GetArea() > 0)
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in pieces:
        mp.AddGeometry(p)
    return mp.UnionCascaded() if mp.GetGeometryCount() else mp


def shifted(geom, dx):
    """Copy of a (multi)polygon moved by dx degrees of longitude."""
    g = geom.Clone()
    stack = [g]
    while stack:
        h = stack.pop()
        if h.GetGeometryCount():
            stack.extend(h.GetGeometryRef(i) for i in range(h.GetGeometryCount()))
        else:
            for i in range(h.GetPointCount()):
                h.SetPoint_2D(i, h.GetX(i) + dx, h.GetY(i))
    return g


def split_antimeridian(geom):
    """world-atlas runs geostitch: rings that Natural Earth cut at +-180 are
    stitched back into rings that jump from +180 to -180 (fine on a sphere,
    a world-wide band in plain lon/lat).  Re-cut them at +-180 so every piece
    lies within [-180, 180].  Returns (geometry, number of rings re-cut)."""
    polys = polygons_of(geom)
    if not any(ring_jumps(p.GetGeometryRef(i).GetPoints()) for p in polys
               for i in range(p.GetGeometryCount())):
        return geom, 0
    fixed, n = [], 0
    for p in polys:
        rings = [p.GetGeometryRef(i).GetPoints() for i in range(p.GetGeometryCount())]
        if not any(ring_jumps(r) for r in rings):
            fixed.append(p)
            continue
        n += sum(1 for r in rings if ring_jumps(r))
        polar = [r for r in rings if ring_jumps(r) % 2]
        if polar:
            # shell = union of the pole-closed rings, other rings are holes
            shell = None
            for r in polar:
                g = fold_into_world(unwrapped_ring_polygon(r))
                shell = g if shell is None else shell.Union(g)
            holes = [r for r in rings if not ring_jumps(r) % 2]
        else:
            shell = fold_into_world(unwrapped_ring_polygon(rings[0]))
            holes = rings[1:]
        for h in holes:
            shell = shell.Difference(fold_into_world(unwrapped_ring_polygon(h)))
        fixed.extend(polygons_of(shell))
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in fixed:
        mp.AddGeometry(p)
    return mp, n


def spans_world(poly):
    x0, x1, _, _ = poly.GetEnvelope()
    return x1 - x0 > 180.0


# --------------------------------------------------------------- the build
def load_crimea_cutter(admin1_path):
    ds = ogr.Open(admin1_path)
    lyr = ds.GetLayerByName("states_provinces")
    if lyr is None:
        sys.exit(f"{admin1_path}: no states_provinces layer")
    lyr.SetAttributeFilter("fips IN ('UP11', 'UP20')")
    parts, seen = [], {}
    for f in lyr:
        seen[f.GetField("fips")] = (f.GetField("name"), f.GetField("adm0_a3"))
        parts.append(f.GetGeometryRef().Clone())
    for fips, name in CRIMEA_ADMIN1.items():
        if fips not in seen or seen[fips][0] != name:
            sys.exit(f"{admin1_path}: admin-1 {fips} {name} not found (got {seen})")
    log(f"admin-1 Crimea pieces: {seen}")
    crimea = parts[0]
    for p in parts[1:]:
        crimea = crimea.Union(p)
    crimea = to_multipolygon(crimea)
    sev = None
    lyr.SetAttributeFilter("fips = 'UP20'")
    for f in lyr:
        sev = to_multipolygon(f.GetGeometryRef())
    return crimea, sev


def read_scale(path, iso):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("countries")
    if lyr is None:
        sys.exit(f"{path}: no 'countries' object")
    feats, no_id, recut = [], [], 0
    for f in lyr:
        raw = f.GetField("id") if f.GetFieldIndex("id") >= 0 else None
        name = f.GetField("name") or ""
        if raw is None or str(raw).strip() in ("", "-99"):
            n3, a3 = "", ""
            no_id.append(name)
        else:
            n3 = str(raw).strip()
            if re.fullmatch(r"\d{1,3}", n3):
                n3 = n3.zfill(3)  # in case a reader ever turned "040" into 40
            if n3 not in iso:
                sys.exit(f"{path}: id {raw!r} ({name}) is not in the ISO 3166-1 table")
            a3 = iso[n3]
        g, n = split_antimeridian(f.GetGeometryRef())
        recut += n
        feats.append({"iso_a3": a3, "iso_n3": n3, "name": name, "occupied": 0,
                      "occupied_by": "", "geom": to_multipolygon(g)})
    return feats, no_id, recut


def merge_duplicates(feats, scale):
    """Same (id, name) twice: dissolve.  Same id, different names (e.g. 036
    Australia and Ashmore and Cartier Is.): both kept, same code, logged."""
    out, by_key, notes = [], {}, []
    for f in feats:
        key = (f["iso_n3"], f["name"])
        if key in by_key:
            tgt = by_key[key]
            tgt["geom"] = to_multipolygon(tgt["geom"].Union(f["geom"]))
            notes.append(f"merged duplicate {key}")
            continue
        by_key[key] = f
        out.append(f)
    ids = {}
    for f in out:
        if f["iso_n3"]:
            ids.setdefault(f["iso_n3"], []).append(f["name"])
    for n3, names in sorted(ids.items()):
        if len(names) > 1:
            notes.append(f"id {n3} on {len(names)} features, kept apart: {names}")
    for n in notes:
        log(f"  {scale}: {n}")
    return out


def carve_crimea(feats, cutter, sevastopol, scale):
    """Move the Crimean peninsula (Crimea + Sevastopol) out of whichever
    country holds it into its own UKR feature, occupied by RUS."""
    pieces, how = [], []
    c_area = cutter.GetArea()
    for f in feats:
        if f["iso_a3"] not in CRIMEA_HOLDERS:
            continue
        take, cut_used = [], False
        for p in polygons_of(f["geom"]):
            if not p.Intersects(cutter):
                continue
            ov = p.Intersection(cutter).GetArea()
            frac = ov / p.GetArea()
            if frac >= 0.5:
                # A polygon part that is mostly Crimea (the peninsula incl.
                # Sevastopol, Arabat Spit): take it whole, so the new line is the
                # source's own coast and Perekop line -- no slivers from the
                # coarser, re-generalised admin-1 outline.
                take.append(p)
                how.append(f"{f['iso_a3']}: whole part, {frac:.1%} inside admin-1 Crimea")
            elif ov > 0.02 * c_area:
                # Crimea merged into a bigger polygon (would happen if the
                # peninsula were drawn inside Ukraine's mainland polygon):
                # cut with the admin-1 outline.
                cut = to_multipolygon(p.Intersection(cutter))
                take.append(cut)
                cut_used = True
                how.append(f"{f['iso_a3']}: cut by admin-1 outline ({ov:.3f} deg2)")
            # else: only the generalisation difference along the Perekop /
            # Chonhar / Henichesk line (a few 1/1000 deg2): left alone.
        if take:
            mp = ogr.Geometry(ogr.wkbMultiPolygon)
            for t in take:
                for p in polygons_of(t):
                    mp.AddGeometry(p)
            take_u = to_multipolygon(mp)
            rest = to_multipolygon(f["geom"].Difference(take_u))
            # After a cut by the admin-1 outline, bits of the source's
            # peninsula coast that stick out of that coarser outline are left
            # behind as small polygons: give them to Crimea too.  (Not needed,
            # and not done, when whole parts were taken.)
            near = cutter.Buffer(0.05)
            keep = ogr.Geometry(ogr.wkbMultiPolygon)
            for p in polygons_of(rest):
                if cut_used and p.GetArea() < 0.01 * c_area and near.Contains(p):
                    take_u = to_multipolygon(take_u.Union(p))
                    how.append(f"{f['iso_a3']}: sliver {p.GetArea():.2e} deg2 moved to Crimea")
                else:
                    keep.AddGeometry(p)
            f["geom"] = to_multipolygon(keep)
            pieces.append(take_u)
    if not pieces:
        sys.exit(f"{scale}: no Crimea found in {CRIMEA_HOLDERS}")
    crimea = pieces[0]
    for p in pieces[1:]:
        crimea = to_multipolygon(crimea.Union(p))
    # sanity checks, fail loudly
    pt = ogr.Geometry(ogr.wkbPoint)
    pt.AddPoint_2D(*CRIMEA_TEST_POINT)
    assert crimea.Contains(pt), f"{scale}: test point not in Crimea"
    cover = crimea.Intersection(cutter).GetArea() / c_area
    sev_cover = crimea.Intersection(sevastopol).GetArea() / sevastopol.GetArea()
    assert cover > 0.9 and sev_cover > 0.8, (scale, cover, sev_cover)
    for f in feats:
        if f["iso_a3"] == "RUS":
            rus_left = f["geom"].Intersection(cutter).GetArea()
            assert rus_left < 0.001 * c_area, f"{scale}: {rus_left} deg2 of Crimea left in RUS"
    feats.append({"iso_a3": "UKR", "iso_n3": "804", "name": "Crimea", "occupied": 1,
                  "occupied_by": "RUS", "geom": crimea})
    log(f"  {scale}: Crimea " + "; ".join(how) +
        f"; covers {cover:.1%} of admin-1 Crimea+Sevastopol, {sev_cover:.1%} of Sevastopol;"
        f" area {crimea.GetArea():.4f} deg2")
    return how


def check_scale(feats, scale):
    for a3 in REQUIRED:
        n = sum(1 for f in feats if f["iso_a3"] == a3 and not f["occupied"])
        assert n == 1, f"{scale}: {a3} present {n} times"
    for f in feats:
        g = f["geom"]
        assert g.GetGeometryName() == "MULTIPOLYGON" and g.IsValid() and not g.IsEmpty(), \
            (scale, f["name"])
        for p in polygons_of(g):
            # only Antarctica legitimately runs from -180 to 180
            if spans_world(p) and f["iso_n3"] != "010":
                sys.exit(f"{scale}: {f['name']} has a part spanning "
                         f"{p.GetEnvelope()[:2]} -- antimeridian not cut")


def build(args):
    iso = read_iso_table(args.iso)
    cutter, sev = load_crimea_cutter(args.admin1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    drv = ogr.GetDriverByName("GPKG")
    out = drv.CreateDataSource(args.out)
    for scale in SCALES:
        src = f"{args.world_atlas}/countries-{scale}.json"
        feats, no_id, recut = read_scale(src, iso)
        log(f"{scale}: {len(feats)} source features; {recut} rings re-cut at +-180;"
            f" without id: {', '.join(no_id)}")
        feats = merge_duplicates(feats, scale)
        carve_crimea(feats, cutter, sev, scale)
        empty = [f["name"] for f in feats if f["geom"].IsEmpty()]
        if empty:  # e.g. Vatican at 10m: world-atlas's quantisation left POLYGON EMPTY
            log(f"  {scale}: dropped, no area in the source: {', '.join(empty)}")
        feats = [f for f in feats if not f["geom"].IsEmpty()]
        check_scale(feats, scale)
        feats.sort(key=lambda f: (f["iso_a3"] == "", f["iso_a3"], f["occupied"], f["name"]))
        lyr = out.CreateLayer(f"countries_{scale}", srs, ogr.wkbMultiPolygon,
                              options=["GEOMETRY_NAME=geom", "FID=fid",
                                       f"DESCRIPTION=Natural Earth 4.1.0 countries {scale}"
                                       " (world-atlas 2.0.2); Crimea: UKR, occupied by RUS"])
        for name, typ in FIELDS:
            fd = ogr.FieldDefn(name, typ)
            fd.SetNullable(False)
            lyr.CreateField(fd)
        lyr.StartTransaction()
        defn = lyr.GetLayerDefn()
        for f in feats:
            of = ogr.Feature(defn)
            for name, _ in FIELDS:
                of.SetField(name, f[name])
            of.SetGeometry(f["geom"])
            lyr.CreateFeature(of)
        lyr.CommitTransaction()
        log(f"{scale}: wrote {len(feats)} features")
    out = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--world-atlas")
    ap.add_argument("--admin1")
    ap.add_argument("--iso")
    ap.add_argument("--out")
    ap.add_argument("--write-iso-table")
    ap.add_argument("--iso-codes-json", default="/usr/share/iso-codes/json/iso_3166-1.json")
    a = ap.parse_args()
    if a.write_iso_table:
        write_iso_table(a.write_iso_table, a.iso_codes_json)
        return
    if not (a.world_atlas and a.admin1 and a.iso and a.out):
        ap.error("--world-atlas, --admin1, --iso and --out are required")
    build(a)


if __name__ == "__main__":
    main()
