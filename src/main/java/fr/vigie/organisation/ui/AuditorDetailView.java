package fr.vigie.organisation.ui;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorId;
import fr.vigie.organisation.AuditorManagement;
import fr.vigie.organisation.Exclusion;
import fr.vigie.organisation.ExclusionReason;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.PeriodOff;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Buttons;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * One auditor: his profile, the periods he cannot test and the sites he must never test.
 */
@Route("auditors/:code")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class AuditorDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final AuditorManagement auditors;

	private final OrganisationManagement organisation;

	private Auditor auditor;

	AuditorDetailView(AuditorManagement auditors, OrganisationManagement organisation) {
		this.auditors = auditors;
		this.organisation = organisation;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			this.auditor = this.auditors.find(new AuditorId(event.getRouteParameters().get("code").orElse("")))
				.orElse(null);
		}
		catch (UserFacingException ex) {
			this.auditor = null;
		}
		if (this.auditor == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		render();
	}

	private void show(Auditor updated) {
		this.auditor = updated;
		render();
	}

	private void render() {
		removeAll();
		add(new RouterLink(getTranslation("auditors.back"), AuditorListView.class));
		Button edit = new Button(getTranslation("auditors.edit"), VaadinIcon.EDIT.create(),
				(click) -> AuditorFormDialog.forAuditor(this.auditors, this.auditor, this::show).open());
		edit.addThemeVariants(ButtonVariant.TERTIARY);
		HorizontalLayout header = new HorizontalLayout(new H1(this.auditor.code() + " – " + this.auditor.displayName()),
				edit);
		header.addClassName("page-header");
		add(header, profile(), periodsOff(), exclusions());
	}

	private DescriptionList profile() {
		DescriptionList list = new DescriptionList();
		list.addClassName("facts");
		fact(list, "auditor.username", this.auditor.username().orElse(getTranslation("auditor.username.none")));
		String home = this.auditor.homeTown();
		if (this.auditor.homePosition() != null) {
			home += String.format(java.util.Locale.ROOT, " (%.4f, %.4f)", this.auditor.homePosition().latitude(),
					this.auditor.homePosition().longitude());
		}
		fact(list, "auditor.homeTown", home);
		fact(list, "auditor.channels", Texts.channels(this, this.auditor.channels()));
		fact(list, "auditor.days",
				this.auditor.availableDays()
					.stream()
					.sorted()
					.map((day) -> getTranslation("day." + day.name()))
					.collect(Collectors.joining(", ")));
		fact(list, "auditor.maxTests", String.valueOf(this.auditor.maxTestsPerWeek()));
		fact(list, "auditor.status", getTranslation(this.auditor.active() ? "auditor.active" : "auditor.inactive"));
		return list;
	}

	private void fact(DescriptionList list, String labelKey, String value) {
		list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
	}

	private Section periodsOff() {
		Section section = section("periodsOff.title",
				Buttons.tertiary(this, "periodsOff.add", VaadinIcon.PLUS, this::addPeriodOff));
		if (this.auditor.periodsOff().isEmpty()) {
			section.add(new Paragraph(getTranslation("periodsOff.none")));
			return section;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("entries");
		for (PeriodOff period : this.auditor.periodsOff()) {
			String text = getTranslation("periodsOff.entry", Texts.date(this, period.from()),
					Texts.date(this, period.to()), (period.reason() != null) ? period.reason() : "");
			Button remove = Buttons.tertiary(this, "action.remove", VaadinIcon.TRASH,
					() -> apply(() -> this.auditors.removePeriodOff(this.auditor.id(), period, this.auditor.version()),
							"periodsOff.removed"));
			remove.addThemeVariants(ButtonVariant.ERROR);
			remove.setAriaLabel(getTranslation("periodsOff.remove.aria", text));
			list.add(new ListItem(new Span(text), remove));
		}
		section.add(list);
		return section;
	}

	private Section exclusions() {
		Section section = section("exclusions.title",
				Buttons.tertiary(this, "exclusions.add", VaadinIcon.PLUS, this::addExclusion));
		section.add(new Paragraph(getTranslation("exclusions.help")));
		if (this.auditor.exclusions().isEmpty()) {
			section.add(new Paragraph(getTranslation("exclusions.none")));
			return section;
		}
		Map<String, String> siteNames = this.organisation.searchSites(SiteFilter.all())
			.stream()
			.collect(Collectors.toMap(Site::externalId, Site::name));
		UnorderedList list = new UnorderedList();
		list.addClassName("entries");
		for (Exclusion exclusion : this.auditor.exclusions()) {
			String site = siteNames.getOrDefault(exclusion.site().value(), exclusion.site().value());
			String text = getTranslation("exclusions.entry", site, getTranslation(exclusion.reason().messageKey()),
					(exclusion.until() != null)
							? getTranslation("exclusions.until", Texts.date(this, exclusion.until()))
							: getTranslation("exclusions.forGood"));
			Button remove = Buttons.tertiary(this, "action.remove", VaadinIcon.TRASH, () -> apply(
					() -> this.auditors.removeExclusion(this.auditor.id(), exclusion.site(), this.auditor.version()),
					"exclusions.removed"));
			remove.addThemeVariants(ButtonVariant.ERROR);
			remove.setAriaLabel(getTranslation("exclusions.remove.aria", text));
			list.add(new ListItem(new Span(text), remove));
		}
		section.add(list);
		return section;
	}

	private void addPeriodOff() {
		Dialog dialog = new Dialog(getTranslation("periodsOff.add"));
		DatePicker from = Texts.localized(new DatePicker(getTranslation("closures.from")), this);
		DatePicker to = Texts.localized(new DatePicker(getTranslation("closures.to")), this);
		from.addValueChangeListener((event) -> {
			if (to.getValue() == null) {
				to.setValue(event.getValue());
			}
		});
		TextField reason = new TextField(getTranslation("periodsOff.reason"));
		dialog.add(new FormLayout(from, to, reason));
		saveButton(dialog,
				() -> this.auditors.addPeriodOff(this.auditor.id(),
						new PeriodOff(from.getValue(), to.getValue(), reason.getValue()), this.auditor.version()),
				"periodsOff.saved");
		dialog.open();
	}

	private void addExclusion() {
		Dialog dialog = new Dialog(getTranslation("exclusions.add"));
		ComboBox<Site> site = new ComboBox<>(getTranslation("exclusions.site"));
		site.setItems(this.organisation.searchSites(SiteFilter.all()));
		site.setItemLabelGenerator((value) -> value.name() + " (" + value.externalId() + ")");
		site.setRequiredIndicatorVisible(true);
		Select<ExclusionReason> reason = new Select<>();
		reason.setLabel(getTranslation("exclusions.reason"));
		reason.setItems(ExclusionReason.values());
		reason.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		reason.setValue(ExclusionReason.KNOWN_THERE);
		DatePicker until = Texts.localized(new DatePicker(getTranslation("exclusions.untilLabel")), this);
		until.setHelperText(getTranslation("exclusions.untilHelp"));
		dialog.add(new FormLayout(site, reason, until));
		saveButton(dialog, () -> {
			if (site.getValue() == null) {
				throw new UserFacingException("exclusion.site.required");
			}
			return this.auditors.exclude(this.auditor.id(),
					new Exclusion(site.getValue().id(), reason.getValue(), until.getValue()), this.auditor.version());
		}, "exclusions.saved");
		dialog.open();
	}

	private void saveButton(Dialog dialog, Supplier<Auditor> change, String successKey) {
		Button save = new Button(getTranslation("action.save"), (click) -> {
			try {
				show(change.get());
				Notifications.success(this, successKey);
				dialog.close();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), (click) -> dialog.close()), save);
	}

	private Section section(String titleKey, Button action) {
		Div heading = new Div(new H2(getTranslation(titleKey)), action);
		heading.addClassName("section-heading");
		Section section = new Section(heading);
		section.addClassName("detail-section");
		return section;
	}

	private void apply(Supplier<Auditor> change, String successKey) {
		Notifications.apply(this, change, this::show, successKey);
	}

	@Override
	public String getPageTitle() {
		return ((this.auditor != null) ? this.auditor.code() : getTranslation("auditors.title")) + " · "
				+ getTranslation("app.name");
	}

}
