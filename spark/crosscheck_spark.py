"""crosscheck on Spark: the audit as map, shuffle by key and reduce.

    spark-submit spark/crosscheck_spark.py INPUT... --output REPORT.json

Each INPUT is a JSONL corpus (split into lines by Spark, so one big file
spreads over every executor) or a folder of articles (read whole by one
task: the executors must see its path). The crosscheck binary is shipped
to the executors with the job (``--binary``, else ``crosscheck`` on PATH)
and runs every step there; Spark only moves records:

1. lexicon  map: each partition's lexicon; reduce: union of words (Spark)
2. claims   map: source, names and claim records per document
3. names    distinct names and stories (Spark), renames (driver, small)
4. judge    copies of a claim combined in the map, claim records shuffled
            by key (Spark), findings per key
5. report   findings, sources and warnings gathered on the driver

The report is the one ``crosscheck audit INPUT...`` writes, byte for byte,
in any format ``--format`` names. The exit code is the report's: 0 clean,
1 findings, 2 an error.
"""

import argparse
import json
from json.decoder import scanstring
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark import SparkContext, SparkFiles, StorageLevel

LINE_BITS = 32


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="crosscheck_spark.py",
        description="Run a crosscheck audit on Spark.",
    )
    parser.add_argument("inputs", nargs="+", help="JSONL corpora and folders")
    parser.add_argument("--output", required=True, help="where the report goes")
    parser.add_argument("--format", default="json", help="report format (as audit)")
    parser.add_argument("--binary", help="the crosscheck binary to ship")
    parser.add_argument("--rules", help="a rules folder (shipped to the executors)")
    parser.add_argument("--agreements", action="store_true", help="also agreements")
    parser.add_argument(
        "--partitions", type=int, default=0, help="partitions (default: Spark's)"
    )
    parser.add_argument(
        "--work", help="folder for the driver's files (default: a temporary one)"
    )
    return parser.parse_args(argv)


def find_binary(given):
    binary = given or shutil.which("crosscheck")
    if not binary or not os.path.isfile(binary):
        sys.exit("error: no crosscheck binary: give --binary PATH or put it on PATH")
    return os.path.abspath(binary)


class Stage:
    """Runs one crosscheck command over a partition on an executor."""

    def __init__(self, binary_name, rules_name):
        self.binary_name = binary_name
        self.rules_name = rules_name

    def command(self, args, shipped):
        binary = SparkFiles.get(self.binary_name)
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        argv = [binary] + list(args)
        for name in shipped:
            argv = [SparkFiles.get(name) if a == "@" + name else a for a in argv]
        if self.rules_name:
            argv += ["--rules", SparkFiles.get(self.rules_name)]
        return argv

    def over_lines(self, args, shipped=()):
        """A mapPartitions function: the partition's lines are the command's
        standard input (``-``); its output lines are the result."""

        def run(lines):
            with tempfile.TemporaryDirectory() as tmp:
                given = os.path.join(tmp, "in.jsonl")
                with open(given, "w", encoding="utf-8") as f:
                    for line in lines:
                        f.write(line)
                        f.write("\n")
                yield from run_on_executor(self.command(args, shipped), given, tmp)

        return run

    def over_folders(self, args_of, shipped=()):
        """A mapPartitions function over (input number, folder) pairs: the
        command reads each folder whole."""

        def run(units):
            for number, folder in units:
                with tempfile.TemporaryDirectory() as tmp:
                    argv = self.command(args_of(number, folder), shipped)
                    yield from run_on_executor(argv, None, tmp)

        return run


def run_on_executor(argv, stdin_path, tmp):
    """Runs a crosscheck command with its output in ``tmp`` and yields the
    lines it wrote; a failure (exit 2) fails the task with its message."""
    written = os.path.join(tmp, "out")
    argv = argv + ["--output", written]
    if stdin_path is None:
        done = subprocess.run(argv, capture_output=True)
    else:
        with open(stdin_path, "rb") as stdin:
            done = subprocess.run(argv, stdin=stdin, capture_output=True)
    if done.returncode not in (0, 1):
        raise RuntimeError("%s failed: %s" % (" ".join(argv), done.stderr.decode()))
    with open(written, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")


def corpus_lines(sc, inputs, partitions):
    """Every line of every JSONL input as a corpus-line record."""
    rdds = []
    for number, path in inputs:
        lines = sc.textFile(path, minPartitions=partitions or None)

        def record(pair, number=number, path=path):
            text, index = pair
            return json.dumps(
                {
                    "record": "corpus_line",
                    "corpus": path,
                    "input": number,
                    "line": index + 1,
                    "text": text,
                }
            )

        rdds.append(lines.zipWithIndex().map(record))
    return sc.union(rdds) if rdds else sc.emptyRDD()


CLAIM_KEY_AT = len('{"record":"claim","key":"')


def claim_key(line):
    """The shuffle key and the copy identity of a claim record, read
    without parsing the rest: the claims stage writes them first."""
    if line.startswith('{"record":"claim","key":"'):
        key, end = scanstring(line, CLAIM_KEY_AT)
        if line.startswith(',"copy":"', end):
            copy, _ = scanstring(line, end + len(',"copy":"'))
            return key, copy
    record = json.loads(line)
    return record["key"], record["copy"]


def bundle(first, second):
    """Two copies of one claim (syndicated text) as one record: the
    second's place joins the first's copies, so a claim told by a million
    documents crosses the shuffle as one record with a million places."""
    kept, other = json.loads(first), json.loads(second)
    places = other.get("copies", [])
    places.append(
        {
            "source": other["source"],
            "ordinal": other["ordinal"],
            "sentence": other["claim"]["sentence"],
            "start": other["claim"]["start"],
            "end": other["claim"]["end"],
            "id": other["evidence"]["source"],
            "path": other["evidence"]["path"],
            "line": other["evidence"]["line"],
            "column": other["evidence"]["column"],
        }
    )
    kept.setdefault("copies", []).extend(places)
    return json.dumps(kept, separators=(",", ":"))


def is_record(kind):
    prefix = '{"record":"%s"' % kind
    return lambda line: line.startswith(prefix)


def main(argv):
    args = parse_args(argv)
    binary = find_binary(args.binary)
    sc = SparkContext.getOrCreate()
    sc.setLogLevel("WARN")
    work = args.work or tempfile.mkdtemp(prefix="crosscheck-spark-")
    os.makedirs(work, exist_ok=True)

    sc.addFile(binary)
    binary_name = os.path.basename(binary)
    rules_name = None
    if args.rules:
        sc.addFile(os.path.abspath(args.rules), recursive=True)
        rules_name = os.path.basename(os.path.abspath(args.rules))
    stage = Stage(binary_name, rules_name)

    corpora = [(n, p) for n, p in enumerate(args.inputs) if not os.path.isdir(p)]
    folders = [(n, p) for n, p in enumerate(args.inputs) if os.path.isdir(p)]
    lines = corpus_lines(sc, corpora, args.partitions)
    lines.persist(StorageLevel.MEMORY_AND_DISK)
    units = sc.parallelize(folders, max(1, len(folders)))

    # 1. Lexicon: each partition's words, merged by Spark; shipped on are
    # the names a sentence may open with (capitalised somewhere, never lower
    # case) and the words written in lower case somewhere (a role noun
    # opening a sentence, "Curator Elin Voss", is told from a first name by
    # them).
    partial = lines.mapPartitions(stage.over_lines(["lexicon", "-"])).union(
        units.mapPartitions(stage.over_folders(lambda n, f: ["lexicon", f]))
    )

    def words(text):
        lexicon = json.loads(text)
        for word in lexicon["capitalised"]:
            yield word, 1
        for word in lexicon["lower"]:
            yield word, 2

    seen = partial.flatMap(words).reduceByKey(lambda a, b: a | b)
    seen.persist(StorageLevel.MEMORY_AND_DISK)
    openers = seen.filter(lambda pair: pair[1] == 1).keys().collect()
    lower = seen.filter(lambda pair: pair[1] & 2).keys().collect()
    lexicon = os.path.join(work, "lexicon.json")
    with open(lexicon, "w", encoding="utf-8") as f:
        json.dump(
            {"version": 2, "capitalised": sorted(openers), "lower": sorted(lower)},
            f,
        )
    sc.addFile(lexicon)

    # 2. Claims, per document.
    claims_args = ["claims", "-", "--lexicon", "@lexicon.json"]
    records = lines.mapPartitions(
        stage.over_lines(claims_args, shipped=["lexicon.json"])
    ).union(
        units.mapPartitions(
            stage.over_folders(
                lambda n, f: [
                    "claims",
                    f,
                    "--lexicon",
                    "@lexicon.json",
                    "--first-index",
                    str(n << LINE_BITS),
                ],
                shipped=["lexicon.json"],
            )
        )
    )
    records.persist(StorageLevel.MEMORY_AND_DISK)

    # 3. Names: distinct names and stories, then renames on the driver.
    names = records.filter(is_record("names")).map(json.loads)
    distinct_names = names.flatMap(lambda r: r["names"]).distinct().collect()
    stories = (
        names.flatMap(lambda r: [json.dumps(s) for s in r["stories"]])
        .distinct()
        .collect()
    )
    gathered_names = os.path.join(work, "names.jsonl")
    with open(gathered_names, "w", encoding="utf-8") as f:
        record = {
            "record": "names",
            "source": 0,
            "names": sorted(distinct_names),
            "stories": [json.loads(s) for s in sorted(stories)],
        }
        f.write(json.dumps(record) + "\n")
    renames = os.path.join(work, "renames.json")
    run_driver(binary, ["names", gathered_names, "--output", renames])
    sc.addFile(renames)

    # 4. Judge: claims shuffled by key; every claim of a key meets the
    # others in one run.
    judge_args = ["judge", "-", "--renames", "@renames.json"]
    if args.agreements:
        judge_args.append("--agreements")
    # Copies are combined first, in the map (reduceByKey combines on each
    # partition before it shuffles): a skewed key carries one record per
    # distinct claim, not one per document.
    bundled = (
        records.filter(is_record("claim"))
        .map(lambda line: (claim_key(line), line))
        .reduceByKey(bundle)
    )
    keyed = bundled.map(lambda pair: (pair[0][0], pair[1]))
    shuffled = keyed.partitionBy(args.partitions or sc.defaultParallelism)
    judged = shuffled.values().mapPartitions(
        stage.over_lines(judge_args, shipped=["renames.json"])
    )

    # 5. Report, on the driver: the sources and warnings of the claims
    # stage and the findings of the judge.
    gathered = os.path.join(work, "gathered.jsonl")
    with open(gathered, "w", encoding="utf-8") as f:
        kept = records.filter(
            lambda line: is_record("source")(line) or is_record("warning")(line)
        )
        for line in kept.union(judged).toLocalIterator():
            f.write(line)
            f.write("\n")
    report_args = ["report", gathered, "--format", args.format, "--output", args.output]
    if args.agreements:
        report_args.append("--agreements")
    code = run_driver(binary, report_args, allowed=(0, 1))
    sc.stop()
    return code


def run_driver(binary, args, allowed=(0,)):
    done = subprocess.run([binary] + args, capture_output=True, text=True)
    if done.returncode not in allowed:
        sys.stderr.write(done.stderr)
        sys.exit(done.returncode or 2)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
