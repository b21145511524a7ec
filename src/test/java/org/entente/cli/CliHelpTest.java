package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} of every command documents every option and parameter. */
class CliHelpTest {
  @Test
  void everyCommandsHelpDocumentsEveryOption() {
    CommandLine main = new CommandLine(new Main());
    List<CommandLine> commands = new ArrayList<>(List.of(main));
    commands.addAll(main.getSubcommands().values());
    assertTrue(main.getSubcommands().keySet().containsAll(List.of("extract", "report")));
    for (CommandLine command : commands) {
      String help = help(command);
      for (ArgSpec arg : command.getCommandSpec().args()) {
        String what = command.getCommandName() + " " + (arg instanceof OptionSpec o
            ? o.longestName() : arg.paramLabel());
        assertTrue(String.join(" ", arg.description()).strip().length() > 10,
            what + " has a description");
        if (arg instanceof OptionSpec o) {
          assertTrue(help.contains(o.longestName()), what + " is in --help:\n" + help);
        }
      }
    }
  }

  @Test
  void helpExitsZeroOnEveryCommand() {
    for (String command : new CommandLine(new Main()).getSubcommands().keySet()) {
      StringWriter out = new StringWriter();
      CommandLine cl = new CommandLine(new Main()).setOut(new PrintWriter(out));
      assertEquals(0, cl.execute(command, "--help"), command);
      assertTrue(out.toString().startsWith("Usage: entente " + command), out.toString());
    }
  }

  @Test
  void reportNeedsOutAndPaths() {
    CommandLine cl = new CommandLine(new Main()).setErr(new PrintWriter(new StringWriter()));
    assertEquals(2, cl.execute("report", "models/samples"));
    assertEquals(2, cl.execute("report", "--out", "x.html"));
  }

  private static String help(CommandLine command) {
    StringWriter out = new StringWriter();
    command.usage(new PrintWriter(out));
    return out.toString();
  }
}
