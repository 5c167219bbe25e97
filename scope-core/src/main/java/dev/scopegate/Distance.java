package dev.scopegate;

/** Edit distance for "did you mean" suggestions. */
final class Distance {
  private Distance() {}

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
   * adjacent characters each cost 1 ({@code craete} is 1 from {@code create}).
   */
  static int osa(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[] previous2 = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, previous2[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] t = previous2;
      previous2 = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }
}
