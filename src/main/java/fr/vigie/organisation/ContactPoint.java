package fr.vigie.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/**
 * Where users reach a channel: a French phone number, an e-mail address, a web-form or
 * website URL, or a postal address. The value is checked and put in one canonical form
 * ({@code 01 23 45 67 89}, lower-case domain…), so that equal contacts compare equal.
 */
public record ContactPoint(ContactKind kind, String value) {

	private static final int MAX_LENGTH = 300;

	private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8}");

	/** +33 for metropolitan France, then the overseas departments and Saint-Pierre. */
	private static final Pattern INTERNATIONAL = Pattern
		.compile("(?:\\+|00)(33|262|269|508|590|594|596)0?([1-9]\\d{8})");

	/** Short public-service numbers such as 3939 (Allô Service Public) or 3646. */
	private static final Pattern SHORT = Pattern.compile("3\\d{3}");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
				+ "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	private static final Pattern POSTAL_CODE = Pattern.compile("(?<!\\d)\\d{5}(?!\\d)");

	public ContactPoint {
		Objects.requireNonNull(kind, "kind");
		if (value == null || value.isBlank()) {
			throw new UserFacingException("contact.required", UserFacingException.label(kind.messageKey()));
		}
		value = value.strip();
		if (value.length() > MAX_LENGTH) {
			throw new UserFacingException("contact.tooLong", MAX_LENGTH);
		}
		value = switch (kind) {
			case PHONE_NUMBER -> phone(value);
			case EMAIL_ADDRESS -> email(value);
			case WEB_FORM_URL, WEBSITE_URL -> url(value);
			case POSTAL_ADDRESS -> postal(value);
		};
	}

	/**
	 * Reads the contact point of {@code channel} from text: for e-mail, a URL is a web
	 * form and anything else an address.
	 */
	public static ContactPoint parse(Channel channel, String text) {
		ContactKind kind = ContactKind.allowedFor(channel).get(0);
		if (channel == Channel.EMAIL && text != null && text.strip().toLowerCase(Locale.ROOT).startsWith("http")) {
			kind = ContactKind.WEB_FORM_URL;
		}
		return new ContactPoint(kind, text);
	}

	public boolean isAllowedFor(Channel channel) {
		return ContactKind.allowedFor(channel).contains(this.kind);
	}

	private static String phone(String value) {
		String compact = value.replaceAll("[\\s.\\-()/\\u00a0\\u202f]", "");
		Matcher international = INTERNATIONAL.matcher(compact);
		String national;
		if (international.matches()) {
			national = "0" + international.group(2);
		}
		else if (NATIONAL.matcher(compact).matches()) {
			national = compact;
		}
		else if (SHORT.matcher(compact).matches()) {
			return compact;
		}
		else {
			throw new UserFacingException("contact.phone.invalid", value);
		}
		return national.replaceAll("(\\d{2})(?=\\d)", "$1 ");
	}

	private static String email(String value) {
		if (!EMAIL.matcher(value).matches() || value.length() > 254) {
			throw new UserFacingException("contact.email.invalid", value);
		}
		int at = value.lastIndexOf('@');
		return value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
	}

	private static String url(String value) {
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = uri.getHost();
			if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")
					|| host.startsWith(".") || host.endsWith(".")) {
				throw new UserFacingException("contact.url.invalid", value);
			}
			return value;
		}
		catch (URISyntaxException ex) {
			throw new UserFacingException("contact.url.invalid", value);
		}
	}

	private static String postal(String value) {
		String oneLine = value.replaceAll("\\s*[\\r\\n]+\\s*", ", ").replaceAll("[ \\t]+", " ");
		if (!POSTAL_CODE.matcher(oneLine).find()) {
			throw new UserFacingException("contact.postal.invalid", oneLine);
		}
		return oneLine;
	}

}
