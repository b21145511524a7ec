/**
 * Optional Apache Spark integration: extraction over a {@code Dataset<Row>} of {@code id} and
 * {@code text} columns, and {@link org.entente.spark.ExtractJob}, a job for spark-submit. Spark is
 * a {@code provided} dependency: the cluster supplies it, library users never pull it in. Each
 * executor JVM loads one {@link org.entente.Extractor}, lazily, and shares it between its tasks.
 */
package org.entente.spark;
