package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: {@code java -jar target/entente.jar COMMAND ...}. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    version = "entente 0.1.0",
    description = "Actors, alliances, quotes and stances from geopolitical news.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class, ReportCommand.class,
        ServeCommand.class, BenchCommand.class, TrainQuotesCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options, as for {@link #run(String...)}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status: 0 ok, 1 some documents failed, 2 usage.
   *
   * @param args the command ({@code extract}, {@code evaluate}, {@code report}, {@code serve} or
   *     {@code bench}) and its options
   * @return the exit status, without exiting
   */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
