/**
 * The throughput benchmark behind the CLI's {@code bench} command: entente's default pipeline on
 * one thread and on all cores, its load time and peak heap, against plain CoreNLP over the same
 * documents. It uses only entente's public API, plus CoreNLP for the baseline.
 */
package org.entente.bench;
