/**
 * The command line ({@code extract}, {@code evaluate}, {@code report}, {@code serve}, {@code
 * bench}), on picocli. An edge: it uses only entente's public API and the other edges.
 */
package org.entente.cli;
