package org.roundtable.server.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell recipes of the README and the docs, as a reader would copy them: every {@code ```bash} block
 * of each page in order, with the output the page shows for its commands. A block is left out only when
 * the line before it says so, with the reason: {@code <!-- recipe not run: why -->}.
 */
final class Recipes {

    private static final Pattern NOT_RUN = Pattern.compile("<!-- recipe not run: (.+) -->");
    /** A comment that shows output: right under a command, or under another such comment. */
    private static final Pattern SHOWN = Pattern.compile("^# (.*)$");

    /**
     * One {@code ```bash} block.
     *
     * @param page     the page it is on, for messages
     * @param line     the line of its opening fence
     * @param script   its text
     * @param expected the output lines it shows, in order: {@code …} and {@code <placeholders>} stand for
     *                 anything, and a comment after two spaces and in parentheses is not output
     * @param notRun   why it is not run, or null when it is
     */
    record Block(String page, int line, String script, List<String> expected, String notRun) {

        String where() {
            return page + ":" + line;
        }
    }

    private Recipes() {}

    static List<Block> of(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```bash")) {
                continue;
            }
            Matcher skip = i > 0 ? NOT_RUN.matcher(lines.get(i - 1).trim()) : NOT_RUN.matcher("");
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; !lines.get(i).startsWith("```"); i++) {
                body.add(lines.get(i));
            }
            blocks.add(new Block(
                    page.getFileName().toString(),
                    start + 1,
                    String.join("\n", body) + "\n",
                    shownOutput(body),
                    skip.matches() ? skip.group(1) : null));
        }
        return blocks;
    }

    /** The comment lines that show output: those right under a command line or under another of them. */
    private static List<String> shownOutput(List<String> body) {
        List<String> shown = new ArrayList<>();
        boolean underCommand = false;
        for (String line : body) {
            Matcher comment = SHOWN.matcher(line);
            if (comment.matches() && underCommand) {
                shown.add(comment.group(1).replaceFirst("\\s{2,}\\(.*\\)$", "").trim());
            } else {
                underCommand = !line.isBlank() && !line.startsWith("#");
            }
        }
        return shown;
    }

    /**
     * {@code line} with whole numbers written without a fraction ({@code 1.0} as {@code 1}): jq 1.6 and 1.7
     * print the server's {@code 1.0} differently, and the pages may show either.
     */
    static String numbers(String line) {
        return line.replaceAll("(?<=\\d)\\.0(?![\\d.])", "");
    }

    /** {@code shown} as a pattern of a whole output line: {@code …} and {@code <placeholders>} match anything. */
    static Pattern pattern(String shown) {
        shown = numbers(shown);
        StringBuilder regex = new StringBuilder();
        Matcher wildcard = Pattern.compile("…|<[^<>]+>").matcher(shown);
        int last = 0;
        while (wildcard.find()) {
            regex.append(Pattern.quote(shown.substring(last, wildcard.start()))).append(".*?");
            last = wildcard.end();
        }
        regex.append(Pattern.quote(shown.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
