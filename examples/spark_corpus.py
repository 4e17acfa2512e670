"""quotekit over a corpus with PySpark: ``mapPartitions`` over (document id, text) pairs.

    pip install quotekit pyspark
    python examples/spark_corpus.py ARTICLES/ OUT/     # or spark-submit on a cluster

writes a Parquet table with one row per quote. quotekit must be installed on every worker
(e.g. ``--py-files`` with its wheel, or in the cluster's image).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any

import quotekit

#: The table's columns: the document, then the fields of quotekit.to_records().
SCHEMA = (
    "doc string, start int, end int, kind string, text string, speaker string, "
    "speaker_kind string, speaker_title string, speaker_mention string, cue string, "
    "confidence double, paragraph int"
)


def quotes_of_partition(
    docs: Iterable[tuple[str, str]], options: quotekit.Options | None = None
) -> Iterator[dict[str, Any]]:
    """Every quote of a partition's (document id, text) pairs, as records with the id."""
    for doc, text in docs:
        for record in quotekit.to_records(quotekit.extract(text, options=options)):
            yield {"doc": doc, **record}


def main(folder: str, out: str) -> None:
    """Read every .txt file under ``folder`` and write its quotes to ``out`` as Parquet."""
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("quotekit").getOrCreate()
    options = quotekit.Options(min_confidence=0.5)  # pickled with the function below
    docs = spark.sparkContext.wholeTextFiles(f"{folder}/*.txt")  # (path, text) pairs
    quotes = docs.mapPartitions(lambda part: quotes_of_partition(part, options))
    spark.createDataFrame(quotes, schema=SCHEMA).write.mode("overwrite").parquet(out)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
