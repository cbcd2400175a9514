"""Conformance of symbreak's MPS/LP readers and writers with SCIP and HiGHS
(run by scripts/conformance.sh; see "Conformance with SCIP and HiGHS" in
docs/readers.md).

For every input file F (committed, shared and generated instances):

* case "read": symbreak, HiGHS and SCIP read F; symbreak must read it as
  both peers do, or as one of them where they differ (such files are
  listed with what each does);
* peers write F: HiGHS as LP and MPS, SCIP as LP, as MPS with the original
  names (SCIP 10's one MPS writer: aligned fixed-style fields, widened to
  the longest name) and as MPS with generic names (x1, c0: they fit the
  8-character fields); symbreak reads each written file and must give the
  writer's own model of F (cases "highs-lp", "highs-mps", "scip-lp",
  "scip-mps", "scip-mps-generic");
* symbreak writes F as MPS and LP (`symbreak convert`); HiGHS and SCIP read
  each and must give symbreak's model of F (cases "symbreak-mps>highs",
  "symbreak-mps>scip", "symbreak-lp>highs", "symbreak-lp>scip"; a written
  file the two peers read differently is listed);
* round trip symbreak -> HiGHS LP -> symbreak: HiGHS reads symbreak's MPS
  and writes LP, symbreak reads that LP and must give its own model of F
  (case "roundtrip").

A model is compared as: sense, objective offset, the numbers of rows and
columns, per column its kind (continuous or integer; binary is integer with
bounds [0, 1]), bounds and objective coefficient, per row its sides and
coefficients. Columns and rows are matched by name where the names agree
(in any order), else by position (writers that rename); explicit zero
coefficients are ignored, numbers equal within a relative 1e-12, infinite
only with the same sign. SCIP's and HiGHS' infinity (|x| >= 1e20) is taken
as infinite on their side; symbreak's numbers are taken as they are.

symbreak's model of a file is the free MPS that `symbreak convert FILE
OUT.mps` writes (its writer reproduces the read problem bit for bit),
parsed here.

Each case is "passed"; "as-peers" when the written file differs from the
original but both peers read it as symbreak does (the writer changed the
model, e.g. split a ranged row in two); "known" when it fails and is
listed in known_failures.txt beside this script; else "failed". A listed
case that does not fail is a failure too (the list is out of date).

    python conformance.py --symbreak BIN [--keep DIR] FILE...

Prints the counts and the lists; exits 1 on a failure.
"""

import argparse
import collections
import contextlib
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

import highspy
import pyscipopt

INF = math.inf
REL = 1e-12


class Model:
    """A canonical problem: sense 'min'/'max', offset, columns
    (name, kind 'C'/'I', lower, upper, cost) and rows (name, lower, upper,
    {column index: coefficient})."""

    def __init__(self, sense, offset, cols, rows):
        self.sense = sense
        self.offset = offset
        self.cols = cols
        self.rows = rows


class ReadError(Exception):
    pass


def peer_inf(x):
    return INF if x >= 1e20 else -INF if x <= -1e20 else float(x)


# --------------------------------------------------------------- symbreak --


def parse_symbreak_mps(text):
    """Parses the free MPS of symbreak's writer (src/io/mps/writer.rs)."""
    sense, offset = "min", 0.0
    obj = None
    row_kind, row_index, rows = {}, {}, []
    cols, col_index = [], {}
    rhs, rng = {}, {}
    section = None
    integral = False
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if not line[0].isspace():
            section = line.split()[0]
            if section == "OBJSENSE":
                if len(line.split()) > 1:
                    sense = "max" if line.split()[1] == "MAX" else "min"
                else:
                    sense = "max" if lines[i].split()[0] == "MAX" else "min"
                    i += 1
            continue
        f = line.split()
        if section == "ROWS":
            kind, name = f
            if kind == "N":
                obj = name
            else:
                row_kind[name] = kind
                row_index[name] = len(rows)
                rows.append([name, -INF, INF, {}])
        elif section == "COLUMNS":
            if len(f) == 3 and f[1] == "'MARKER'":
                integral = f[2] == "'INTORG'"
                continue
            name = f[0]
            if name not in col_index:
                col_index[name] = len(cols)
                kind = "I" if integral else "C"
                lower, upper = (0.0, INF)
                cols.append([name, kind, lower, upper, 0.0])
            j = col_index[name]
            for k in range(1, len(f), 2):
                row, value = f[k], float(f[k + 1])
                if row == obj:
                    cols[j][4] = value
                else:
                    rows[row_index[row]][3][j] = value
        elif section == "RHS":
            if f[1] == obj:
                offset = -float(f[2])
            else:
                rhs[f[1]] = float(f[2])
        elif section == "RANGES":
            rng[f[1]] = float(f[2])
        elif section == "BOUNDS":
            kind, name = f[0], f[2]
            c = cols[col_index[name]]
            value = float(f[3]) if len(f) > 3 else None
            if kind == "BV":
                c[2], c[3] = 0.0, 1.0
            elif kind == "FR":
                c[2], c[3] = -INF, INF
            elif kind == "FX":
                c[2] = c[3] = value
            elif kind == "MI":
                c[2] = -INF
            elif kind == "PL":
                c[3] = INF
            elif kind == "LO":
                c[2] = value
            elif kind == "UP":
                c[3] = value
            else:
                raise ReadError(f"unexpected bound {kind} in symbreak's MPS")
    for r in rows:
        name = r[0]
        b = rhs.get(name, 0.0)
        kind = row_kind[name]
        if kind == "E":
            r[1] = r[2] = b
        elif kind == "L":
            r[2] = b
            if name in rng:
                r[1] = b - abs(rng[name])
        elif kind == "G":
            r[1] = b
            if name in rng:
                r[2] = b + abs(rng[name])
    return Model(
        sense,
        offset,
        [tuple(c) for c in cols],
        [(r[0], r[1], r[2], r[3]) for r in rows],
    )


def symbreak_read(binary, path, tmp):
    out = os.path.join(tmp, "symbreak-dump.mps")
    p = subprocess.run(
        [binary, "convert", path, out], capture_output=True, text=True
    )
    if p.returncode != 0:
        raise ReadError(p.stderr.strip().splitlines()[-1] if p.stderr else "failed")
    with open(out) as f:
        return parse_symbreak_mps(f.read())


def symbreak_write(binary, path, out):
    p = subprocess.run(
        [binary, "convert", path, out], capture_output=True, text=True
    )
    if p.returncode != 0:
        raise ReadError(p.stderr.strip())


# ------------------------------------------------------------------ HiGHS --


def highs_load(path):
    with quiet_stdout():
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        status = h.readModel(path)
    if status == highspy.HighsStatus.kError:
        raise ReadError("HiGHS: read error")
    return h


def highs_model(h):
    lp = h.getLp()
    n, m = lp.num_col_, lp.num_row_
    colnames = list(lp.col_names_) if len(lp.col_names_) == n else [
        f"#{j}" for j in range(n)
    ]
    rownames = list(lp.row_names_) if len(lp.row_names_) == m else [
        f"#{i}" for i in range(m)
    ]
    kinds = list(lp.integrality_)
    cols = []
    for j in range(n):
        k = kinds[j] if kinds else highspy.HighsVarType.kContinuous
        if k not in (highspy.HighsVarType.kContinuous, highspy.HighsVarType.kInteger):
            raise ReadError(f"HiGHS: column {colnames[j]} has kind {k}")
        cols.append(
            (
                colnames[j],
                "I" if k == highspy.HighsVarType.kInteger else "C",
                peer_inf(lp.col_lower_[j]),
                peer_inf(lp.col_upper_[j]),
                float(lp.col_cost_[j]),
            )
        )
    rows = [
        (rownames[i], peer_inf(lp.row_lower_[i]), peer_inf(lp.row_upper_[i]), {})
        for i in range(m)
    ]
    a = lp.a_matrix_
    colwise = a.format_ != highspy.MatrixFormat.kRowwise
    start, index, value = list(a.start_), list(a.index_), list(a.value_)
    for outer in range(n if colwise else m):
        for k in range(start[outer], start[outer + 1]):
            i, j = (index[k], outer) if colwise else (outer, index[k])
            rows[i][3][j] = rows[i][3].get(j, 0.0) + value[k]
    sense = "max" if lp.sense_ == highspy.ObjSense.kMaximize else "min"
    return Model(sense, float(lp.offset_), cols, rows)


def highs_read(path):
    return highs_model(highs_load(path))


def highs_write(path, out):
    h = highs_load(path)
    with quiet_stdout():
        status = h.writeModel(out)
    if status == highspy.HighsStatus.kError:
        raise ReadError("HiGHS: write error")
    return highs_model(h)


# ------------------------------------------------------------------- SCIP --


@contextlib.contextmanager
def quiet_stdout():
    """SCIP's readers and writers print errors and notes to the C stdout
    and stderr, HiGHS its banner: silence them (the suite reports)."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved + [devnull]:
            os.close(fd)


def scip_load(path):
    m = pyscipopt.Model()
    m.hideOutput()
    try:
        with quiet_stdout():
            m.readProblem(path)
    except Exception as e:
        raise ReadError(f"SCIP: {e}") from None
    return m


def scip_model(m):
    vars_ = m.getVars()
    index = {v.name: j for j, v in enumerate(vars_)}
    cols = []
    for v in vars_:
        t = v.vtype()
        cols.append(
            (
                v.name,
                "I" if t in ("BINARY", "INTEGER") else "C",
                peer_inf(v.getLbOriginal()),
                peer_inf(v.getUbOriginal()),
                float(v.getObj()),
            )
        )
    rows = []
    for c in m.getConss():
        if c.getConshdlrName() != "linear":
            raise ReadError(f"SCIP: constraint {c.name} is {c.getConshdlrName()}")
        coefs = {}
        for name, a in m.getValsLinear(c).items():
            j = index[name]
            coefs[j] = coefs.get(j, 0.0) + a
        rows.append((c.name, peer_inf(m.getLhs(c)), peer_inf(m.getRhs(c)), coefs))
    sense = "max" if m.getObjectiveSense() == "maximize" else "min"
    return Model(sense, float(m.getObjoffset(original=True)), cols, rows)


def scip_read(path):
    return scip_model(scip_load(path))


def scip_write(path, out, generic=False):
    m = scip_load(path)
    with quiet_stdout():
        m.writeProblem(out, genericnames=generic, verbose=False)
    return scip_model(m)


# ------------------------------------------------------------- comparison --


def same(a, b):
    if a == b:
        return True
    if math.isinf(a) or math.isinf(b):
        return False
    return abs(a - b) <= REL * max(abs(a), abs(b))


def matching(ref_names, got_names):
    """How items of `got` map to those of `ref`: by name where the names
    are the same set, else by position. Returns (map got->ref, how)."""
    if ref_names == got_names:
        return list(range(len(got_names))), "names"
    if len(set(ref_names)) == len(ref_names) and set(ref_names) == set(got_names):
        where = {n: i for i, n in enumerate(ref_names)}
        return [where[n] for n in got_names], "names, reordered"
    return list(range(len(got_names))), "positions"


def compare(ref, got, limit=3):
    """The differences of `got` from `ref` (empty when equal) and how the
    columns and rows were matched."""
    d = []
    if ref.sense != got.sense:
        d.append(f"sense {got.sense} instead of {ref.sense}")
    if not same(ref.offset, got.offset):
        d.append(f"objective offset {got.offset!r} instead of {ref.offset!r}")
    if len(ref.cols) != len(got.cols):
        d.append(f"{len(got.cols)} columns instead of {len(ref.cols)}")
    if len(ref.rows) != len(got.rows):
        d.append(f"{len(got.rows)} rows instead of {len(ref.rows)}")
    if d and (len(ref.cols) != len(got.cols) or len(ref.rows) != len(got.rows)):
        return d, "-"
    cmap, chow = matching([c[0] for c in ref.cols], [c[0] for c in got.cols])
    rmap, rhow = matching([r[0] for r in ref.rows], [r[0] for r in got.rows])
    how = f"columns by {chow}, rows by {rhow}"
    more = collections.Counter()

    def add(kind, text):
        more[kind] += 1
        if more[kind] <= limit:
            d.append(text)

    for jg, c in enumerate(got.cols):
        r = ref.cols[cmap[jg]]
        if c[1] != r[1]:
            add("kind", f"column {r[0]}: kind {c[1]} instead of {r[1]}")
        if not (same(c[2], r[2]) and same(c[3], r[3])):
            add("bounds", f"column {r[0]}: bounds [{c[2]!r}, {c[3]!r}] instead of [{r[2]!r}, {r[3]!r}]")
        if not same(c[4], r[4]):
            add("cost", f"column {r[0]}: cost {c[4]!r} instead of {r[4]!r}")
    for ig, row in enumerate(got.rows):
        r = ref.rows[rmap[ig]]
        if not (same(row[1], r[1]) and same(row[2], r[2])):
            add("sides", f"row {r[0]}: sides [{row[1]!r}, {row[2]!r}] instead of [{r[1]!r}, {r[2]!r}]")
        got_coefs = {cmap[j]: a for j, a in row[3].items() if a != 0.0}
        ref_coefs = {j: a for j, a in r[3].items() if a != 0.0}
        if got_coefs.keys() != ref_coefs.keys() or not all(
            same(a, ref_coefs[j]) for j, a in got_coefs.items()
        ):
            extra = sorted(got_coefs.keys() - ref_coefs.keys())
            missing = sorted(ref_coefs.keys() - got_coefs.keys())
            changed = [
                j for j in got_coefs.keys() & ref_coefs.keys() if not same(got_coefs[j], ref_coefs[j])
            ]
            parts = []
            if extra:
                parts.append(f"extra {[ref.cols[j][0] for j in extra[:3]]}")
            if missing:
                parts.append(f"missing {[ref.cols[j][0] for j in missing[:3]]}")
            if changed:
                j = changed[0]
                parts.append(f"{ref.cols[j][0]}: {got_coefs[j]!r} instead of {ref_coefs[j]!r}")
            add("coefs", f"row {r[0]}: coefficients differ ({'; '.join(parts)})")
    for kind, n in more.items():
        if n > limit:
            d.append(f"... {n - limit} more {kind} differences")
    return d, how


# ------------------------------------------------------------------ suite --


WRITERS = ["highs-lp", "highs-mps", "scip-lp", "scip-mps", "scip-mps-generic"]
REVERSE = ["symbreak-mps>highs", "symbreak-mps>scip", "symbreak-lp>highs", "symbreak-lp>scip"]
READERS = {"HiGHS": highs_read, "SCIP": scip_read}


def generic(model):
    """`model` with SCIP's generic names (writeProblem(genericnames=True)):
    column j is x{j}, row i is c{i}."""
    return Model(
        model.sense,
        model.offset,
        [(f"x{j}",) + c[1:] for j, c in enumerate(model.cols)],
        [(f"c{i}",) + r[1:] for i, r in enumerate(model.rows)],
    )


OUTCOMES = ["passed", "as-peers", "known", "failed"]


def load_known(path):
    """The known failures: `CASE FILE  # why` lines, FILE a base name."""
    known = {}
    if os.path.exists(path):
        for line in open(path):
            text, _, why = line.partition("#")
            if text.strip():
                case, name = text.split()
                known[(case, name)] = why.strip()
    return known


class Suite:
    def __init__(self, binary, keep, known):
        self.binary = binary
        self.keep = keep
        self.known = known
        self.counts = collections.defaultdict(collections.Counter)
        self.how = collections.defaultdict(collections.Counter)
        self.failures = []
        self.as_peers = []
        self.known_hits = []
        self.disagreements = []
        self.files = set()

    def sym(self, path, tmp):
        return symbreak_read(self.binary, path, tmp)

    def outcome(self, case, path, diffs, note="", written=None, got=None):
        """Counts one case; `diffs` empty means passed. A written file that
        both peers read as symbreak does makes the case "as-peers" (the
        writer changed the model, e.g. split a ranged row)."""
        key = (case, os.path.basename(path))
        if not diffs:
            self.counts[case]["passed"] += 1
            return True
        if written is not None and got is not None and not isinstance(got, Exception):
            agree = True
            for read in READERS.values():
                try:
                    agree = agree and not compare(read(written), got)[0]
                except ReadError:
                    agree = False
            # symbreak itself must read the written file the same way too.
            try:
                with tempfile.TemporaryDirectory() as tmp:
                    agree = agree and not compare(self.sym(written, tmp), got)[0]
            except ReadError:
                agree = False
            if agree:
                self.counts[case]["as-peers"] += 1
                self.as_peers.append((case, path, diffs[0]))
                return True
        if key in self.known:
            self.counts[case]["known"] += 1
            self.known_hits.append((case, path, diffs[0], self.known[key]))
            return False
        self.counts[case]["failed"] += 1
        self.failures.append((case, path, diffs, note))
        return False

    def record(self, case, path, ref, got, written=None, peers_note=False):
        if isinstance(got, Exception):
            diffs, how = [f"error: {got}"], "-"
        else:
            diffs, how = compare(ref, got)
        self.how[case][how] += 1
        note = self.peers_on(written, ref) if diffs and peers_note else ""
        ok = self.outcome(case, path, diffs, note, written, got)
        if not ok and written:
            self.keep_file(written)
        return ok

    def peers_on(self, written, ref):
        """What HiGHS and SCIP make of a written file, against `ref`."""
        said = []
        for name, read in READERS.items():
            try:
                diffs, _ = compare(ref, read(written), limit=1)
                said.append(f"{name} reads it {'the same' if not diffs else 'differently: ' + diffs[0]}")
            except ReadError as e:
                said.append(f"{name}: {e}")
        return "; ".join(said)

    def run_file(self, path, tmp):
        self.files.add(os.path.basename(path))
        stem = os.path.basename(path).split(".")[0]
        try:
            ref_s = self.sym(path, tmp)
        except ReadError as e:
            ref_s = e
        refs = {}
        for name, read in READERS.items():
            try:
                refs[name] = read(path)
            except ReadError as e:
                refs[name] = e
        # Reading the original: symbreak against the peers, and the peers
        # against each other.
        self.read_case(path, ref_s, refs["HiGHS"], refs["SCIP"])
        if isinstance(ref_s, Exception):
            return
        # Peers write, symbreak reads.
        for w in WRITERS:
            ext = ".lp" if w.endswith("lp") else ".mps"
            out = os.path.join(tmp, f"{stem}.{w}{ext}")
            try:
                if w.startswith("highs"):
                    ref = highs_write(path, out)
                else:
                    ref = scip_write(path, out, generic=w == "scip-mps-generic")
            except ReadError as e:
                self.outcome(w, path, [f"peer could not write: {e}"])
                continue
            if w == "scip-mps-generic":
                ref = generic(ref)
            try:
                got = self.sym(out, tmp)
            except ReadError as e:
                got = e
            self.record(w, path, ref, got, written=out, peers_note=True)
        # symbreak writes, peers read.
        for ext in ("mps", "lp"):
            out = os.path.join(tmp, f"{stem}.symbreak.{ext}")
            try:
                symbreak_write(self.binary, path, out)
            except ReadError as e:
                for name in READERS:
                    self.record(f"symbreak-{ext}>{name.lower()}", path, ref_s, e)
                continue
            views = {}
            for name, read in READERS.items():
                try:
                    got = read(out)
                except ReadError as e:
                    got = e
                views[name] = got
                if not self.record(f"symbreak-{ext}>{name.lower()}", path, ref_s, got, written=out):
                    self.keep_file(out)
            h, c = views["HiGHS"], views["SCIP"]
            if isinstance(h, Exception) != isinstance(c, Exception) or (
                not isinstance(h, Exception) and compare(h, c)[0]
            ):
                what = lambda x: f"error ({x})" if isinstance(x, Exception) else "reads it"
                self.disagreements.append(
                    (f"{path} as written by symbreak (.{ext})", f"HiGHS {what(h)}; SCIP {what(c)}")
                )
        # Round trip symbreak -> HiGHS LP -> symbreak.
        mps = os.path.join(tmp, f"{stem}.symbreak.mps")
        lp = os.path.join(tmp, f"{stem}.roundtrip.lp")
        try:
            highs_write(mps, lp)
            got = self.sym(lp, tmp)
        except ReadError as e:
            got = e
        self.record("roundtrip", path, ref_s, got, written=lp)

    def read_case(self, path, s, h, c):
        """Case "read": symbreak reads the file as both peers do (or all
        three refuse it). Where the peers differ from each other, the file
        is listed with what each does, and symbreak passes when it reads
        it as one of them."""

        def versus(ref, got):
            if isinstance(ref, Exception) or isinstance(got, Exception):
                if isinstance(ref, Exception) and isinstance(got, Exception):
                    return []
                return [f"error: {got}" if isinstance(got, Exception) else "reads it"]
            return compare(ref, got, limit=2)[0]

        hc = versus(h, c)
        sh, sc = versus(h, s), versus(c, s)
        self.how["read"]["-"] += 1
        if hc:
            what = lambda x: f"error ({x})" if isinstance(x, Exception) else "reads it"
            self.disagreements.append(
                (
                    path,
                    f"HiGHS {what(h)}; SCIP {what(c)}, differently from HiGHS: {'; '.join(hc)}; "
                    + f"symbreak {'as HiGHS' if not sh else 'as SCIP' if not sc else 'as neither'}",
                )
            )
        bad = (sh and sc) or (not hc and (sh or sc))
        self.outcome(
            "read", path, [f"symbreak differs from the peers: {'; '.join(sh or sc)}"] if bad else []
        )

    def keep_file(self, path):
        if self.keep:
            os.makedirs(self.keep, exist_ok=True)
            shutil.copy(path, self.keep)

    def report(self, files, seconds):
        cases = sum(sum(c.values()) for c in self.counts.values())
        print(f"conformance: {files} files, {cases} cases, {seconds:.0f} s")
        print(f"{'case':<20} " + " ".join(f"{o:>8}" for o in OUTCOMES) + "  matched by")
        order = ["read"] + WRITERS + REVERSE + ["roundtrip"]
        total = collections.Counter()
        for case in order:
            how = ", ".join(f"{h} {n}" for h, n in sorted(self.how[case].items()) if h != "-")
            counts = self.counts[case]
            total.update(counts)
            print(f"{case:<20} " + " ".join(f"{counts[o]:>8}" for o in OUTCOMES) + f"  {how}")
        print(f"{'total':<20} " + " ".join(f"{total[o]:>8}" for o in OUTCOMES))
        if self.disagreements:
            print("\nfiles the peers read differently:")
            for path, what in self.disagreements:
                print(f"  {path}: {what}")
        if self.as_peers:
            print("\nwritten files that both peers read as symbreak does, not as the original:")
            for case, path, diff in self.as_peers:
                print(f"  [{case}] {path}: {diff}")
        if self.known_hits:
            print("\nknown failures (tools/conformance/known_failures.txt):")
            for case, path, diff, why in self.known_hits:
                print(f"  [{case}] {path}: {diff}\n      known: {why}")
        # A listed case that did not fail (passed, or not run on a file
        # of this run) means the list is out of date.
        hit = {(c, os.path.basename(p)) for c, p, _, _ in self.known_hits}
        for case, name in sorted(k for k in self.known if k[1] in self.files and k not in hit):
            self.failures.append(
                (case, name, ["listed in tools/conformance/known_failures.txt but did not fail"], "")
            )
        if self.failures:
            print("\nfailures:")
            for case, path, diffs, note in self.failures:
                print(f"  [{case}] {path}: {'; '.join(diffs)}")
                if note:
                    print(f"      written file: {note}")
        return not self.failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--symbreak", required=True, help="the symbreak binary")
    ap.add_argument("--keep", help="copy the written files of failed cases here")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    known = load_known(os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_failures.txt"))
    suite = Suite(os.path.abspath(args.symbreak), args.keep, known)
    start = time.time()
    with tempfile.TemporaryDirectory(prefix="conformance-") as tmp:
        for path in args.files:
            suite.run_file(path, tmp)
    ok = suite.report(len(args.files), time.time() - start)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
