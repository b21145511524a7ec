package org.entente.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ExtractJob IN OUT [--master URL] [--format text|jsonl]}: a Spark job that reads articles
 * and writes one JSON line per article into the folder OUT, the lines the CLI's {@code extract}
 * writes (in no particular order). IN is a folder of {@code .txt} files (id = file name, as the
 * CLI), a single text file, or JSON Lines of {@code {"id": .., "text": ..}} (a file or folder;
 * chosen when IN ends with {@code .jsonl} or {@code .json}, or with {@code --format jsonl}).
 * Without {@code --master}, spark-submit's master is used.
 */
public final class ExtractJob {
  private ExtractJob() {}

  private static final StructType DOCUMENTS = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true);

  /**
   * Runs the job; exits 2 on bad arguments.
   *
   * @param args {@code IN OUT [--master URL] [--format text|jsonl]}, as above
   * @throws IOException if IN cannot be read
   */
  public static void main(String[] args) throws IOException {
    Args a;
    try {
      a = Args.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ExtractJob IN OUT [--master URL] [--format text|jsonl]");
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("entente extract");
    if (a.master() != null) {
      b.master(a.master());
    }
    SparkSession spark = b.getOrCreate();
    try {
      run(spark, a.in(), a.out(), a.jsonLines());
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads IN, extracts and writes the JSON lines into the new folder OUT.
   *
   * @param spark the session to run in; left running
   * @param in a Hadoop path or URI: a folder of {@code .txt} files, a text file, or JSON Lines
   * @param out a Hadoop path or URI of a folder that must not exist yet
   * @param jsonLines true to read {@code in} as JSON Lines of {@code {"id": .., "text": ..}}
   * @throws IOException if {@code in} cannot be read
   */
  public static void run(SparkSession spark, String in, String out, boolean jsonLines)
      throws IOException {
    Dataset<Row> docs = jsonLines ? readJsonLines(spark, in) : readTexts(spark, in);
    SparkExtractor.extract(docs).select("json").write().text(out);
  }

  private static Dataset<Row> readJsonLines(SparkSession spark, String in) {
    return spark.read().schema(DOCUMENTS).json(in)
        .select(functions.col("id"), functions.col("text"));
  }

  private static Dataset<Row> readTexts(SparkSession spark, String in) throws IOException {
    Path path = new Path(in);
    FileSystem fs = FileSystem.get(URI.create(in), spark.sparkContext().hadoopConfiguration());
    // A folder means its .txt files, as for the CLI.
    String glob = fs.getFileStatus(path).isDirectory() ? new Path(path, "*.txt").toString() : in;
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = sc.wholeTextFiles(glob)
        .map(file -> RowFactory.create(new Path(file._1()).getName(), file._2()));
    return spark.createDataFrame(rows, DOCUMENTS);
  }

  /** The parsed command line. */
  record Args(String in, String out, String master, boolean jsonLines) {
    static Args parse(String[] args) {
      List<String> positional = new ArrayList<>();
      String master = null;
      String format = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--master" -> master = value(args, ++i, "--master");
          case "--format" -> format = value(args, ++i, "--format");
          default -> positional.add(args[i]);
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("expected IN and OUT, got " + positional);
      }
      String in = positional.get(0);
      boolean json;
      if (format == null) {
        String lower = in.toLowerCase(Locale.ROOT);
        json = lower.endsWith(".jsonl") || lower.endsWith(".json");
      } else if (format.equals("jsonl") || format.equals("text")) {
        json = format.equals("jsonl");
      } else {
        throw new IllegalArgumentException("--format is text or jsonl, not " + format);
      }
      return new Args(in, positional.get(1), master, json);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
