/**
 * Service mode: entente as an HTTP JSON API on the JDK's {@code com.sun.net.httpserver}.
 *
 * <p>{@link org.entente.serve.ExtractionServer} answers {@code POST /extract}, {@code POST
 * /extract/batch} and {@code GET /health} with a fixed pool of workers behind a bounded queue,
 * a body size limit, a per-request time budget and a graceful shutdown ({@link
 * org.entente.serve.ServerConfig}). It uses only entente's public API.
 */
package org.entente.serve;
