/**
 * Extraction as a Spark job: one {@link org.entente.Extractor} per executor. An edge: it uses
 * only entente's public API.
 */
package org.entente.spark;
