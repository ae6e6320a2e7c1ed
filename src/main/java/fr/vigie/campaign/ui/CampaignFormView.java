package fr.vigie.campaign.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.Recurrence;
import fr.vigie.campaign.SiteSelection;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteKind;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * Plans a campaign: referential version, sites (by direction, kind or list), quotas per
 * channel and wave, period and recurrence, peak and answering-machine shares, rotation
 * and blackout dates.
 */
@Route("campaigns/new")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class CampaignFormView extends Main implements HasDynamicTitle {

	/** Channels a mystery test can use, in the order the form shows them. */
	private static final List<Channel> TESTED = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL, Channel.LETTER,
			Channel.WEBSITE, Channel.CHAT);

	private final CampaignManagement campaigns;

	private final TextField name = new TextField();

	private final ComboBox<ReferentialVersion> referential = new ComboBox<>();

	private final MultiSelectComboBox<Direction> directions = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<SiteKind> kinds = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<Site> sites = new MultiSelectComboBox<>();

	private final Map<Channel, IntegerField> quotas = new EnumMap<>(Channel.class);

	private final DatePicker start = new DatePicker();

	private final DatePicker end = new DatePicker();

	private final Select<Recurrence> recurrence = new Select<>();

	private final IntegerField peakShare = new IntegerField();

	private final IntegerField outsideShare = new IntegerField();

	private final IntegerField rotationDays = new IntegerField();

	private final List<CampaignDefinition.Blackout> blackouts = new ArrayList<>();

	private final Div blackoutList = new Div();

	CampaignFormView(CampaignManagement campaigns, ReferentialManagement referentials,
			OrganisationManagement organisation) {
		this.campaigns = campaigns;
		addClassName("page");
		this.name.setLabel(getTranslation("campaign.name"));
		this.name.setRequiredIndicatorVisible(true);
		this.referential.setLabel(getTranslation("campaign.referential"));
		this.referential.setItems(referentials.publishedVersions());
		this.referential.setItemLabelGenerator((version) -> version.header().refId() + " · v"
				+ version.header().version() + " — " + version.header().name().in(getLocale()));
		this.referential.setRequiredIndicatorVisible(true);

		this.directions.setLabel(getTranslation("campaign.directions"));
		this.directions.setItems(organisation.directions());
		this.directions.setItemLabelGenerator(Direction::name);
		this.kinds.setLabel(getTranslation("campaign.kinds"));
		this.kinds.setItems(SiteKind.values());
		this.kinds.setItemLabelGenerator((kind) -> getTranslation(kind.messageKey()));
		this.sites.setLabel(getTranslation("campaign.sites"));
		this.sites.setItems(organisation.searchSites(SiteFilter.all()));
		this.sites.setItemLabelGenerator(Site::name);
		this.sites.setHelperText(getTranslation("campaign.sites.help"));

		FormLayout quotaForm = new FormLayout();
		for (Channel channel : TESTED) {
			IntegerField quota = new IntegerField(getTranslation(channel.messageKey()));
			quota.setMin(0);
			quota.setMax(CampaignDefinition.MAX_QUOTA);
			quota.setStepButtonsVisible(true);
			quota.setValue(0);
			this.quotas.put(channel, quota);
			quotaForm.add(quota);
		}

		this.start.setLabel(getTranslation("campaign.start"));
		this.end.setLabel(getTranslation("campaign.end"));
		this.start.setRequiredIndicatorVisible(true);
		this.end.setRequiredIndicatorVisible(true);
		this.recurrence.setLabel(getTranslation("campaign.recurrence"));
		this.recurrence.setItems(Recurrence.values());
		this.recurrence.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
		this.recurrence.setValue(Recurrence.NONE);
		percent(this.peakShare, "campaign.peakShare", 30);
		percent(this.outsideShare, "campaign.outsideShare", 10);
		this.rotationDays.setLabel(getTranslation("campaign.rotationDays"));
		this.rotationDays.setHelperText(getTranslation("campaign.rotationDays.help"));
		this.rotationDays.setMin(0);
		this.rotationDays.setValue(90);

		FormLayout general = new FormLayout(this.name, this.referential, this.start, this.end, this.recurrence,
				this.rotationDays, this.peakShare, this.outsideShare);
		FormLayout scope = new FormLayout(this.directions, this.kinds, this.sites);

		Button save = new Button(getTranslation("campaigns.save"), (click) -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(CampaignListView.class)));
		add(new H1(getTranslation("campaigns.create")), general, new H2(getTranslation("campaign.scope")), scope,
				new H2(getTranslation("campaign.quotas")), new Span(getTranslation("campaign.quotas.help")), quotaForm,
				new H2(getTranslation("campaign.blackouts")), blackoutEditor(), new HorizontalLayout(cancel, save));
	}

	private void percent(IntegerField field, String key, int value) {
		field.setLabel(getTranslation(key));
		field.setSuffixComponent(new Span("%"));
		field.setMin(0);
		field.setMax(100);
		field.setValue(value);
	}

	private Component blackoutEditor() {
		DatePicker from = new DatePicker(getTranslation("campaign.blackout.from"));
		DatePicker to = new DatePicker(getTranslation("campaign.blackout.to"));
		TextField reason = new TextField(getTranslation("campaign.blackout.reason"));
		Button add = new Button(getTranslation("campaign.blackout.add"), VaadinIcon.PLUS.create(), (click) -> {
			LocalDate first = from.getValue();
			LocalDate last = (to.getValue() != null) ? to.getValue() : first;
			if (first == null || last.isBefore(first)) {
				Notifications.error(this, new UserFacingException("campaign.error.blackout"));
				return;
			}
			this.blackouts.add(new CampaignDefinition.Blackout(first, last, reason.getValue()));
			from.clear();
			to.clear();
			reason.clear();
			refreshBlackouts();
		});
		HorizontalLayout row = new HorizontalLayout(from, to, reason, add);
		row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
		row.setWrap(true);
		return new Div(row, this.blackoutList);
	}

	private void refreshBlackouts() {
		this.blackoutList.removeAll();
		for (CampaignDefinition.Blackout blackout : List.copyOf(this.blackouts)) {
			Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> {
				this.blackouts.remove(blackout);
				refreshBlackouts();
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY);
			String label = blackout.from().format(CampaignListView.DATE) + " → "
					+ blackout.to().format(CampaignListView.DATE)
					+ ((blackout.reason() != null && !blackout.reason().isBlank()) ? " · " + blackout.reason() : "");
			remove.setAriaLabel(getTranslation("campaign.blackout.remove", label));
			this.blackoutList.add(new Div(new Span(label), remove));
		}
	}

	private void save() {
		clearErrors();
		Map<Channel, Integer> quotaValues = this.quotas.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> (entry.getValue().getValue() != null) ? entry.getValue().getValue() : 0));
		CampaignDefinition definition = new CampaignDefinition(this.name.getValue(),
				(this.referential.getValue() != null) ? this.referential.getValue().id().value() : null,
				new SiteSelection(this.directions.getValue().stream().map(Direction::id).collect(Collectors.toSet()),
						this.kinds.getValue(),
						this.sites.getValue().stream().map((site) -> site.id().value()).collect(Collectors.toSet())),
				quotaValues, this.start.getValue(), this.end.getValue(), this.recurrence.getValue(),
				share(this.peakShare), share(this.outsideShare),
				(this.rotationDays.getValue() != null) ? this.rotationDays.getValue() : -1, this.blackouts);
		try {
			Campaign campaign = this.campaigns.create(definition);
			Notifications.success(this, "campaigns.saved");
			getUI().ifPresent((ui) -> ui.navigate("campaigns/" + campaign.id()));
		}
		catch (UserFacingException ex) {
			HasValidation field = fieldFor(ex.messageKey());
			if (field != null) {
				field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				field.setInvalid(true);
			}
			Notifications.error(this, ex);
		}
	}

	private static double share(IntegerField field) {
		return (field.getValue() != null) ? field.getValue() / 100.0 : -1;
	}

	private HasValidation fieldFor(String messageKey) {
		return switch (messageKey) {
			case "campaign.error.name" -> this.name;
			case "campaign.error.referential" -> this.referential;
			case "campaign.error.sites" -> this.sites;
			case "campaign.error.quotas", "campaign.error.quotaRange" -> this.quotas.get(Channel.COUNTER);
			case "campaign.error.period" -> this.end;
			case "campaign.error.shares" -> this.peakShare;
			case "campaign.error.rotation" -> this.rotationDays;
			default -> null;
		};
	}

	private void clearErrors() {
		List<HasValidation> fields = new ArrayList<>(
				List.of(this.name, this.referential, this.sites, this.end, this.peakShare, this.rotationDays));
		fields.addAll(this.quotas.values());
		fields.forEach((field) -> field.setInvalid(false));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("campaigns.create") + " · " + getTranslation("app.name");
	}

}
