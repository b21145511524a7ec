package org.entente.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: {@code java -jar target/entente.jar COMMAND ...}. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    version = "entente 0.1.0",
    description = "Actors, alliances, quotes and stances from geopolitical news.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class, ReportCommand.class,
        ServeCommand.class, BenchCommand.class, TrainQuotesCommand.class, TrainReportedCommand.class,
        TrainStancesCommand.class})
public final class Main implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options, as for {@link #run(String...)}
   */
  public static void main(String[] args) {
    int status;
    try {
      status = run(args);
    } catch (OutOfMemoryError e) {
      // Most often CoreNLP's models in a small default heap: say what to do, in one line.
      System.err.printf("entente: out of memory (maximum heap %d MB): CoreNLP's models need "
          + "about 1 GB; run java -Xmx2g -jar ...%n", Runtime.getRuntime().maxMemory() >> 20);
      status = 1;
    }
    System.exit(status);
  }

  /**
   * Runs the command line and returns its exit status: 0 ok, 1 some documents failed, 2 usage.
   *
   * @param args the command ({@code extract}, {@code evaluate}, {@code report}, {@code serve} or
   *     {@code bench}) and its options
   * @return the exit status, without exiting
   */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    // A usage error is one line on stderr, naming the command and what was wrong; the full
    // usage text is one --help away rather than burying the message.
    cl.setParameterExceptionHandler((e, ignored) -> {
      CommandLine c = e.getCommandLine();
      String name = c.getCommandSpec().qualifiedName();
      c.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
      c.getErr().flush();
      return c.getCommandSpec().exitCodeOnInvalidInput();
    });
    // Anything else that escapes a command is a fault: one line, the trace only in the debug log.
    cl.setExecutionExceptionHandler((e, c, ignored) -> {
      log.debug("{} failed", c.getCommandSpec().qualifiedName(), e);
      c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + e);
      c.getErr().flush();
      return c.getCommandSpec().exitCodeOnExecutionException();
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
