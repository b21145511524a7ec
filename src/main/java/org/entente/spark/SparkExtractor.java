package org.entente.spark;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.Document;
import org.entente.Extractor;
import org.entente.Result;

/**
 * Extraction as a Spark transformation: a {@code Dataset<Row>} with string columns {@code id} and
 * {@code text} becomes one with {@code id} and {@code json}, the document's JSON line exactly as
 * the CLI writes it (an extraction, or {@code {"id":..,"error":{..}}} when it failed). Each
 * executor runs its tasks on its one shared {@link Extractor}; Spark's tasks give the parallelism.
 */
public final class SparkExtractor {
  private SparkExtractor() {}

  /** The output schema: {@code id} and {@code json}, both strings. */
  public static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("json", DataTypes.StringType, false);

  /**
   * Extracts from every row of {@code documents}, lazily, like any Spark transformation.
   *
   * @param documents rows with string columns {@code id} and {@code text} (null text fails the
   *     row, as a {@link org.entente.Failure})
   * @return rows of {@link #SCHEMA}: each document's id and its result's JSON line (an extraction
   *     or a failure)
   * @throws IllegalArgumentException if a column is missing
   */
  public static Dataset<Row> extract(Dataset<Row> documents) {
    requireNonNull(documents, "documents");
    for (String column : new String[] {"id", "text"}) {
      if (!java.util.Arrays.asList(documents.columns()).contains(column)) {
        throw new IllegalArgumentException("input has no column " + column);
      }
    }
    return documents.select("id", "text")
        .mapPartitions(new ExtractPartition(), Encoders.row(SCHEMA));
  }

  /** Maps a partition's rows one at a time, streaming: no partition is held in memory. */
  private static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Extractor extractor = ExecutorExtractor.get();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          String id = row.getString(0);
          String text = row.getString(1);
          Result r = text == null
              ? new org.entente.Failure(id, "input", "no text")
              : extractor.tryExtract(Document.of(id, text));
          return RowFactory.create(id, r.toJson());
        }
      };
    }
  }
}
