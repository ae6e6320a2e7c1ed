package fr.vigie.organisation.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.Closure;
import fr.vigie.organisation.ContactKind;
import fr.vigie.organisation.ContactPoint;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.ExceptionalHours;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDocuments;
import fr.vigie.organisation.SiteDocuments.SiteDocument;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.WeeklyHours;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.FrenchHolidays;
import fr.vigie.shared.calendar.PublicHoliday;
import fr.vigie.shared.ui.Buttons;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;

/**
 * One site: its description, the channels it offers with their contact points and hours,
 * its closures, exceptional hours and the public holidays it observes, and the documents
 * other modules offer about it ({@link SiteDocuments}, e.g. its reports). Quality
 * managers edit everything here; directors read the sites of their scope.
 */
@Route("sites/:siteId")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR, Role.Names.ADMIN })
class SiteDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final OrganisationManagement organisation;

	private final boolean editable;

	private final Clock clock;

	private final List<SiteDocuments> documents;

	private Site site;

	SiteDetailView(OrganisationManagement organisation, AuthenticationContext authentication, Clock clock,
			ObjectProvider<SiteDocuments> documents) {
		this.organisation = organisation;
		this.editable = Texts.canEdit(authentication);
		this.clock = clock;
		this.documents = documents.orderedStream().toList();
		addClassName("page");
		addClassName("site-detail");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("siteId").orElse("");
		try {
			this.site = this.organisation.findSite(new SiteId(id)).orElse(null);
		}
		catch (UserFacingException ex) {
			this.site = null;
		}
		if (this.site == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		render();
	}

	private void show(Site updated) {
		this.site = updated;
		render();
	}

	private void render() {
		removeAll();
		add(new RouterLink(getTranslation("sites.back"), SiteListView.class));
		H1 title = new H1(this.site.name());
		HorizontalLayout header = new HorizontalLayout(title);
		header.addClassName("page-header");
		if (this.editable) {
			header.add(Buttons.tertiary(this, "sites.edit", VaadinIcon.EDIT,
					() -> SiteFormDialog.forSite(this.organisation, this.site, this::show).open()));
		}
		add(header, description());
		List<SiteDocument> offered = this.documents.stream()
			.flatMap((source) -> source.documentsFor(this.site, getLocale()).stream())
			.toList();
		if (!offered.isEmpty()) {
			add(documents(offered));
		}
		add(channels(), closures(), exceptionalHours(), holidays());
	}

	/**
	 * Plain links (the browser downloads the file), announced with the site's name to
	 * screen readers.
	 */
	private Section documents(List<SiteDocument> offered) {
		Section section = section("siteDocuments.title", "documents-section", null);
		UnorderedList list = new UnorderedList();
		list.addClassName("document-links");
		for (SiteDocument document : offered) {
			Anchor link = new Anchor(document.href(), document.label());
			// A file, not a view: the browser downloads it instead of the router
			// navigating.
			link.setRouterIgnore(true);
			link.getElement().setAttribute("download", true);
			link.getElement()
				.setAttribute("aria-label",
						getTranslation("siteDocuments.download.aria", document.label(), this.site.name()));
			link.addClassName("download-link");
			list.add(new ListItem(VaadinIcon.DOWNLOAD_ALT.create(), link));
		}
		section.add(list);
		return section;
	}

	private DescriptionList description() {
		Direction direction = (this.site.directionId() != null)
				? this.organisation.directionsById().get(this.site.directionId()) : null;
		DescriptionList list = new DescriptionList();
		list.addClassName("facts");
		fact(list, "site.kind", getTranslation(this.site.kind().messageKey()));
		fact(list, "site.externalId", this.site.externalId());
		if (direction != null) {
			fact(list, "site.direction", direction.name());
		}
		fact(list, "site.address", this.site.address().oneLine());
		if (this.site.position() != null) {
			Anchor map = new Anchor(
					String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%f&mlon=%f#map=17/%f/%f",
							this.site.position().latitude(), this.site.position().longitude(),
							this.site.position().latitude(), this.site.position().longitude()),
					getTranslation("site.position.map"));
			map.setTarget("_blank");
			map.getElement().setAttribute("rel", "noopener");
			list.add(new DescriptionList.Term(getTranslation("site.position")),
					new DescriptionList.Description(new Span(String.format(Locale.ROOT, "%.5f, %.5f ",
							this.site.position().latitude(), this.site.position().longitude())), map));
		}
		fact(list, "site.holidays", getTranslation(this.site.holidays().messageKey()));
		return list;
	}

	private void fact(DescriptionList list, String labelKey, String value) {
		list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
	}

	private Section channels() {
		Button add = (this.editable && this.site.channels().size() < fr.vigie.shared.Channel.values().length)
				? Buttons.tertiary(this, "channels.add", VaadinIcon.PLUS,
						() -> new ChannelDialog(this.organisation, this.site, null, this::show).open())
				: null;
		Section section = section("channels.title", "channels-section", add);
		if (this.site.channels().isEmpty()) {
			section.add(new Paragraph(getTranslation("channels.none")));
		}
		Div cards = new Div();
		cards.addClassName("channel-cards");
		for (ChannelOffer offer : this.site.channels()) {
			cards.add(channelCard(offer));
		}
		section.add(cards);
		return section;
	}

	private Div channelCard(ChannelOffer offer) {
		String channelName = getTranslation(offer.channel().messageKey());
		Div card = new Div(new H3(channelName));
		card.addClassName("channel-card");
		card.getElement().setAttribute("data-channel", offer.channel().code());
		card.add(contact(offer));
		card.add(hours(offer.hours()));
		if (this.editable) {
			Button contact = Buttons.tertiary(this, "channels.editContact", VaadinIcon.PHONE,
					() -> new ChannelDialog(this.organisation, this.site, offer.channel(), this::show).open());
			contact.setAriaLabel(getTranslation("channels.editContact.aria", channelName));
			Button hours = Buttons.tertiary(this, "hours.edit", VaadinIcon.CLOCK,
					() -> new WeeklyHoursDialog(this.organisation, this.site, offer.channel(), this::show).open());
			hours.setAriaLabel(getTranslation("hours.edit.aria", channelName));
			Button withdraw = Buttons.tertiary(this, "channels.withdraw", VaadinIcon.CLOSE_SMALL,
					() -> confirmWithdraw(offer));
			withdraw.addThemeVariants(ButtonVariant.ERROR);
			withdraw.setAriaLabel(getTranslation("channels.withdraw.aria", channelName));
			Div actions = new Div(contact, hours, withdraw);
			actions.addClassName("card-actions");
			card.add(actions);
		}
		return card;
	}

	private Component contact(ChannelOffer offer) {
		ContactPoint point = offer.contact();
		if (point == null) {
			Paragraph none = new Paragraph(getTranslation(
					(offer.channel() == fr.vigie.shared.Channel.COUNTER) ? "contact.siteAddress" : "contact.none"));
			none.addClassName("muted");
			return none;
		}
		String href = switch (point.kind()) {
			case PHONE_NUMBER -> "tel:" + point.value().replace(" ", "");
			case EMAIL_ADDRESS -> "mailto:" + point.value();
			case WEB_FORM_URL, WEBSITE_URL -> point.value();
			case POSTAL_ADDRESS -> null;
		};
		Span label = new Span(getTranslation(point.kind().messageKey()) + " : ");
		label.addClassName("muted");
		Paragraph line = new Paragraph(label);
		if (href == null || point.kind() == ContactKind.POSTAL_ADDRESS) {
			line.add(new Span(point.value()));
		}
		else {
			Anchor link = new Anchor(href, point.value());
			if (href.startsWith("http")) {
				link.setTarget("_blank");
				link.getElement().setAttribute("rel", "noopener");
			}
			line.add(link);
		}
		return line;
	}

	private Component hours(WeeklyHours hours) {
		if (hours.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("hours.notPublished"));
			none.addClassName("muted");
			return none;
		}
		DescriptionList week = new DescriptionList();
		week.addClassName("week-hours");
		for (DayOfWeek day : DayOfWeek.values()) {
			week.add(new DescriptionList.Term(getTranslation("day." + day.name())),
					new DescriptionList.Description(Texts.ranges(this, hours.on(day))));
		}
		return week;
	}

	private void confirmWithdraw(ChannelOffer offer) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("channels.withdraw.title", getTranslation(offer.channel().messageKey())));
		confirm.setText(getTranslation("channels.withdraw.text"));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("action.cancel"));
		confirm.setConfirmText(getTranslation("channels.withdraw"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener((event) -> apply(
				() -> this.organisation.withdrawChannel(this.site.id(), offer.channel(), this.site.version()),
				"channels.withdrawn"));
		confirm.open();
	}

	private Section closures() {
		Section section = section("closures.title", "closures-section",
				this.editable ? Buttons.tertiary(this, "closures.add", VaadinIcon.PLUS,
						() -> new ClosureDialog(this.organisation, this.site, this::show).open()) : null);
		if (this.site.closures().isEmpty()) {
			section.add(new Paragraph(getTranslation("closures.none")));
			return section;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("entries");
		for (Closure closure : this.site.closures()) {
			String channels = closure.appliesToAllChannels() ? getTranslation("closures.wholeSite")
					: Texts.channels(this, closure.channels());
			String text = getTranslation("closures.entry", Texts.date(this, closure.from()),
					Texts.date(this, closure.to()), channels, closure.reason());
			ListItem item = new ListItem(new Span(text));
			if (this.editable) {
				Button remove = Buttons.tertiary(this, "action.remove", VaadinIcon.TRASH,
						() -> apply(() -> this.organisation.removeClosure(this.site.id(), closure, this.site.version()),
								"closures.removed"));
				remove.addThemeVariants(ButtonVariant.ERROR);
				remove.setAriaLabel(getTranslation("closures.remove.aria", text));
				item.add(remove);
			}
			list.add(item);
		}
		section.add(list);
		return section;
	}

	private Section exceptionalHours() {
		Section section = section("exceptional.title", "exceptional-section",
				(this.editable && !this.site.channels().isEmpty())
						? Buttons.tertiary(this, "exceptional.add", VaadinIcon.PLUS,
								() -> new ExceptionalHoursDialog(this.organisation, this.site, this::show).open())
						: null);
		if (this.site.exceptionalHours().isEmpty()) {
			section.add(new Paragraph(getTranslation("exceptional.none")));
			return section;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("entries");
		for (ExceptionalHours entry : this.site.exceptionalHours()) {
			String channel = (entry.channel() != null) ? getTranslation(entry.channel().messageKey())
					: getTranslation("exceptional.allChannels");
			String text = getTranslation("exceptional.entry", Texts.date(this, entry.date()), channel,
					Texts.ranges(this, entry.ranges()), entry.reason());
			ListItem item = new ListItem(new Span(text));
			if (this.editable) {
				Button remove = Buttons.tertiary(this, "action.remove", VaadinIcon.TRASH,
						() -> apply(() -> this.organisation.removeExceptionalHours(this.site.id(), entry.date(),
								entry.channel(), this.site.version()), "exceptional.removed"));
				remove.addThemeVariants(ButtonVariant.ERROR);
				remove.setAriaLabel(getTranslation("exceptional.remove.aria", text));
				item.add(remove);
			}
			list.add(item);
		}
		section.add(list);
		return section;
	}

	/** The holidays of the coming twelve months under the site's calendar. */
	private Section holidays() {
		Section section = section("holidays.title", "holidays-section", null);
		section.add(new Paragraph(getTranslation("holidays.help", getTranslation(this.site.holidays().messageKey()))));
		LocalDate today = LocalDate.now(this.clock);
		List<PublicHoliday> coming = java.util.stream.Stream
			.concat(FrenchHolidays.of(today.getYear(), this.site.holidays()).stream(),
					FrenchHolidays.of(today.getYear() + 1, this.site.holidays()).stream())
			.filter((holiday) -> !holiday.date().isBefore(today) && holiday.date().isBefore(today.plusYears(1)))
			.toList();
		UnorderedList list = new UnorderedList();
		list.addClassName("holiday-list");
		coming.forEach((holiday) -> list
			.add(new ListItem(Texts.date(this, holiday.date()) + " — " + getTranslation(holiday.messageKey()))));
		section.add(list);
		return section;
	}

	private Section section(String titleKey, String className, Button action) {
		Section section = new Section();
		section.addClassNames("detail-section", className);
		Div heading = new Div(new H2(getTranslation(titleKey)));
		heading.addClassName("section-heading");
		if (action != null) {
			heading.add(action);
		}
		section.add(heading);
		return section;
	}

	private void apply(Supplier<Site> change, String successKey) {
		Notifications.apply(this, change, this::show, successKey);
	}

	@Override
	public String getPageTitle() {
		return ((this.site != null) ? this.site.name() : getTranslation("sites.title")) + " · "
				+ getTranslation("app.name");
	}

}
