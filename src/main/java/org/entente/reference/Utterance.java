package org.entente.reference;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Who said the words between two offsets: what a later stage needs of an attributed quotation,
 * so that "we" inside it resolves to its speakers.
 *
 * @param begin offset of the first character said
 * @param end offset one past the last
 * @param speakers actor ids of the speakers; may be empty
 */
public record Utterance(int begin, int end, List<String> speakers) {
  /**
   * Copies the speakers.
   *
   * @param begin offset of the first character said
   * @param end offset one past the last
   * @param speakers actor ids of the speakers; may be empty
   */
  public Utterance {
    speakers = ImmutableList.copyOf(speakers);
  }
}
