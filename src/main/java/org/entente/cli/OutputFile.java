package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The file {@code extract --out} writes: locked for the whole run, so that two runs never
 * interleave their lines in it; emptied first, or, to resume, read for the ids it holds and cut
 * after its last complete line.
 */
final class OutputFile implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The documents a resumed file holds already: their ids, and how many were error lines. */
  record Done(Set<String> ids, int failures) {}

  /** Another run holds the file. */
  static final class BusyException extends Exception {
    BusyException(String message) {
      super(message);
    }
  }

  /** A complete line of the file to resume is not one of extract's JSON lines. */
  static final class CorruptException extends Exception {
    CorruptException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final Done done;

  private OutputFile(FileChannel channel, Done done) {
    this.channel = channel;
    this.done = done;
  }

  /**
   * Opens and locks {@code path}; empties it, or, with {@code resume}, keeps its complete lines
   * and positions after them.
   */
  static OutputFile open(Path path, boolean resume)
      throws IOException, BusyException, CorruptException {
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      // a device or a pipe (/dev/stdout): written as it is, neither locked nor resumable
      if (resume) {
        throw new CorruptException(path + " is not a regular file: nothing to resume");
      }
      return new OutputFile(FileChannel.open(path, StandardOpenOption.WRITE),
          new Done(Set.of(), 0));
    }
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process
      }
      if (lock == null) {
        throw new BusyException(path + " is being written by another run (it is locked)");
      }
      Done done = new Done(Set.of(), 0);
      long keep = 0;
      if (resume) {
        Set<String> ids = new HashSet<>();
        int[] failures = new int[1];
        keep = completeLines(channel, path, ids, failures);
        done = new Done(Set.copyOf(ids), failures[0]);
      }
      channel.truncate(keep); // a torn last line goes; without --resume, everything
      channel.position(keep);
      return new OutputFile(channel, done);
    } catch (IOException | BusyException | CorruptException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Reads the ids of the complete lines (those ending in a line break) and returns where the last
   * one ends; what follows it is a line torn by a crash.
   */
  private static long completeLines(FileChannel channel, Path path, Set<String> ids,
      int[] failures) throws IOException, CorruptException {
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)));
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long offset = 0;
    long end = 0;
    int lineNo = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      offset++;
      if (b != '\n') {
        line.write(b);
        continue;
      }
      lineNo++;
      String text = line.toString(UTF_8).strip();
      line.reset();
      end = offset;
      if (text.isEmpty()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(text);
        if (node == null || !node.isObject() || !node.has("id")) {
          throw new CorruptException(path + ":" + lineNo + " has no id: not extract's output");
        }
        ids.add(node.get("id").asText());
        if (node.has("error")) {
          failures[0]++;
        }
      } catch (JsonProcessingException e) {
        throw new CorruptException(path + ":" + lineNo + " is not a JSON line: not extract's "
            + "JSON output, so not resumed");
      }
    }
    return end;
  }

  /** The documents already in the file when resuming; none otherwise. */
  Done done() {
    return done;
  }

  /** Writes at the end of the kept lines. */
  OutputStream stream() {
    return Channels.newOutputStream(channel);
  }

  /** Releases the lock and closes the file. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
