package duban.notification.email;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plain mailbox ({@code local@domain}) as a contact may give it, in the form it is stored and written to: the local
 * part as given, the domain in ASCII (an internationalized domain such as 新乡.中国 by {@link IDN#toASCII}) and lower
 * case. Anything a mail header could read as more than one mailbox is refused: display names, quoted local parts,
 * address literals, comments, several addresses, white space and line breaks.
 */
public final class MailAddress {

    /** SMTP's limits (RFC 5321, 4.5.3.1, and the path limit less its angle brackets). */
    static final int MAX_LOCAL = 64;
    static final int MAX_DOMAIN = 253;
    static final int MAX_ADDRESS = 254;

    /** A dot-atom of RFC 5322's atext, ASCII only: no quotes, no comments, no spaces. */
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

    private MailAddress() {
    }

    /** Why an address is refused, in words a clerk can act on. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * The address in its stored form: spaces and tabs around it dropped, the domain in ASCII and lower case.
     *
     * @throws Invalid when it is not one plain mailbox within SMTP's lengths
     */
    public static String normalize(String given) {
        if (given == null) {
            throw new Invalid("must not be null");
        }
        String address = trimSpacesAndTabs(given);
        if (address.isEmpty()) {
            throw new Invalid("must not be blank");
        }
        if (address.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || Character.isSpaceChar(c))) {
            throw new Invalid("must be one address without spaces or line breaks");
        }
        if (address.indexOf(',') >= 0 || address.indexOf(';') >= 0) {
            throw new Invalid("must be one address, not several");
        }
        if (address.indexOf('<') >= 0 || address.indexOf('>') >= 0 || address.indexOf('"') >= 0
                || address.indexOf('(') >= 0) {
            throw new Invalid("must be a plain address such as name@example.gov.cn, without a display name, "
                    + "quotes or comments");
        }
        int at = address.lastIndexOf('@');
        if (at < 0 || address.indexOf('@') != at) {
            throw new Invalid("must hold exactly one @");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty() || domain.isEmpty()) {
            throw new Invalid("needs a local part before the @ and a domain after it");
        }
        if (domain.startsWith("[")) {
            throw new Invalid("must name a domain, not an address literal");
        }
        if (!LOCAL.matcher(local).matches()) {
            throw new Invalid("the part before the @ may hold only letters, digits, single dots and "
                    + "!#$%&'*+/=?^_`{|}~- (ASCII)");
        }
        if (local.length() > MAX_LOCAL) {
            throw new Invalid("the part before the @ is longer than " + MAX_LOCAL + " characters");
        }
        String ascii = asciiDomain(domain);
        if (ascii.length() > MAX_DOMAIN) {
            throw new Invalid("the domain is longer than " + MAX_DOMAIN + " characters");
        }
        String normalized = local + "@" + ascii;
        if (normalized.length() > MAX_ADDRESS) {
            throw new Invalid("is longer than " + MAX_ADDRESS + " characters");
        }
        return normalized;
    }

    /** Spaces and tabs around an address are a slip of the pen; a line break anywhere is refused. */
    private static String trimSpacesAndTabs(String given) {
        int from = 0;
        int to = given.length();
        while (from < to && (given.charAt(from) == ' ' || given.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (given.charAt(to - 1) == ' ' || given.charAt(to - 1) == '\t')) {
            to--;
        }
        return given.substring(from, to);
    }

    private static String asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Invalid("the domain is not a valid domain name");
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new Invalid("the domain must have at least two labels (example.gov.cn)");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new Invalid("the domain is not a valid domain name");
            }
        }
        if (NUMERIC.matcher(labels[labels.length - 1]).matches()) {
            throw new Invalid("must name a domain, not an IP address");
        }
        return ascii;
    }
}
