#!/usr/bin/python3
"""The contenders of casebook's accuracy benchmark that run outside the JVM.

Reads the splits written by `casebook bench accuracy --export DIR` (DIR/<kind>/<split>/train.csv and
test.csv, columns text,label) and scores, on exactly those splits:
  - scikit-learn TF-IDF (word 1-2-grams) + LinearSVC, and + logistic regression;
  - fastText supervised with its defaults, and with -epoch 25 -lr 0.5 -wordNgrams 2.
Prints a Markdown section (accuracy, macro-F1 over the gold labels, training seconds per split,
predictions per second on one thread) on standard output. A contender whose tool is missing is
skipped with a line saying so.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time

csv.field_size_limit(10**8)


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def scores(gold, pred):
    from collections import Counter
    labels = sorted(set(gold))
    right = sum(1 for g, p in zip(gold, pred) if g == p)
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return right / len(gold) if gold else 0.0, sum(f1s) / len(f1s) if f1s else 0.0


def sklearn_contender(name, make):
    def run(train, test):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline
        t0 = time.perf_counter()
        model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), make())
        model.fit(train[0], train[1])
        t1 = time.perf_counter()
        pred = [model.predict([t])[0] for t in test[0]]
        t2 = time.perf_counter()
        return pred, t1 - t0, len(test[0]) / (t2 - t1)
    return name, run


def fasttext_contender(name, extra):
    def run(train, test):
        tool = shutil.which("fasttext")
        with tempfile.TemporaryDirectory() as d:
            tr = os.path.join(d, "train.txt")
            te = os.path.join(d, "test.txt")
            with open(tr, "w", encoding="utf-8") as f:
                for t, l in zip(*train):
                    f.write("__label__%s %s\n" % (l, " ".join(t.split())))
            with open(te, "w", encoding="utf-8") as f:
                for t in test[0]:
                    f.write(" ".join(t.split()) + "\n")
            t0 = time.perf_counter()
            subprocess.run([tool, "supervised", "-input", tr, "-output", os.path.join(d, "m"), "-thread", "1",
                            "-seed", "42", "-verbose", "0"] + extra, check=True, stdout=subprocess.DEVNULL)
            t1 = time.perf_counter()
            out = subprocess.run([tool, "predict", os.path.join(d, "m.bin"), te], check=True, capture_output=True,
                                 text=True).stdout.splitlines()
            t2 = time.perf_counter()
        pred = [line.replace("__label__", "").strip() for line in out]
        return pred, t1 - t0, len(test[0]) / (t2 - t1)
    return name, run


def contenders():
    out = []
    try:
        from sklearn.svm import LinearSVC
        from sklearn.linear_model import LogisticRegression
        out.append(sklearn_contender("scikit-learn TF-IDF 1-2 + LinearSVC", lambda: LinearSVC()))
        out.append(sklearn_contender("scikit-learn TF-IDF 1-2 + logistic regression",
                                     lambda: LogisticRegression(max_iter=2000)))
    except ImportError:
        print("(skipped scikit-learn: not installed; apt-get install python3-sklearn)", file=sys.stderr)
    if shutil.which("fasttext"):
        out.append(fasttext_contender("fastText, defaults", []))
        out.append(fasttext_contender("fastText, -epoch 25 -lr 0.5 -wordNgrams 2",
                                      ["-epoch", "25", "-lr", "0.5", "-wordNgrams", "2"]))
    else:
        print("(skipped fastText: not installed; apt-get install fasttext)", file=sys.stderr)
    return out


def main(root):
    runs = contenders()
    print("### Contenders outside the JVM\n")
    print("Same splits as the tables above (written by `casebook bench accuracy --export`), scored by "
          "`scripts/bench_python.py`: training seconds per split, predictions per second on one thread.\n")
    for kind in sorted(os.listdir(root)):
        splits = sorted(os.listdir(os.path.join(root, kind)))
        cv = [s for s in splits if s.startswith("cv-fold-")]
        groups = [("%s: %d-fold CV on the corpus" % (kind, len(cv)), cv)]
        small = sorted({s.split("-fold-")[0] for s in splits if s.startswith("small-")}, key=lambda s: int(s[6:]))
        for name in small:
            members = [s for s in splits if s.startswith(name + "-fold-")]
            groups.append(("%s: %s examples per intent, %d-fold CV on the corpus" % (kind, name[6:], len(members)),
                           members))
        groups += [("%s: %s.csv" % (kind, s), [s]) for s in splits if "-fold-" not in s]
        for title, members in groups:
            print("#### %s\n\n| contender | accuracy | macro-F1 | training s | predictions/s |\n|---|---|---|---|---|" % title)
            for name, run in runs:
                gold, pred, train_s, rates = [], [], 0.0, []
                for m in members:
                    train = read(os.path.join(root, kind, m, "train.csv"))
                    test = read(os.path.join(root, kind, m, "test.csv"))
                    p, ts, rate = run(train, test)
                    gold += test[1]
                    pred += p
                    train_s += ts
                    rates.append(rate)
                acc, f1 = scores(gold, pred)
                print("| %s | %.3f | %.3f | %.1f | %s |" % (name, acc, f1, train_s / len(members),
                                                           "{:,.0f}".format(sum(rates) / len(rates))))
                sys.stdout.flush()
            print()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bench_python.py SPLITS_DIR")
    main(sys.argv[1])
