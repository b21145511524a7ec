/**
 * Service mode: entente as an HTTP JSON API on an embedded Jetty.
 *
 * <p>{@link org.entente.serve.ExtractionServer} answers {@code POST /extract}, {@code POST
 * /extract/batch}, {@code GET /health}, {@code GET /ready} and {@code GET /metrics} with a fixed
 * pool of workers behind a bounded queue, body and batch caps, a per-request time budget,
 * connection timeouts, access rules and a graceful shutdown ({@link
 * org.entente.serve.ServerConfig}). It uses only entente's public API.
 */
package org.entente.serve;
