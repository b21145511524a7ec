/**
 * A self-contained HTML report over a set of articles: each article with its actors, quotes and
 * highlighted stance evidence, a stance graph across all of them drawn with Cytoscape.js (inlined
 * from its WebJar, so the page needs no network), and a table of who is quoted most.
 *
 * <p>Start from {@link org.entente.report.Report#of(java.util.List)}. An edge: it uses only
 * entente's public API.
 */
package org.entente.report;
