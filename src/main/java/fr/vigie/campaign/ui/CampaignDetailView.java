package fr.vigie.campaign.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.DrawSummary;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.campaign.Wave;
import fr.vigie.campaign.WaveStatus;
import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * One campaign: pick a wave, draw it (a new seed, or the stored seed again), look at the
 * plan as a table or a calendar, move single tests, publish the wave to auditors.
 */
@Route("campaigns/:campaignId")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class CampaignDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	/** Beyond this, a day of the calendar shows counts instead of its tests. */
	private static final int MAX_CHIPS_PER_DAY = 30;

	private final CampaignManagement campaigns;

	private final OrganisationManagement organisation;

	private Campaign campaign;

	private Wave wave;

	private Map<String, String> auditorLabels = Map.of();

	private final Select<Integer> waveChoice = new Select<>();

	private final Div waveHeader = new Div();

	private final Div summary = new Div();

	private final Grid<TestSlot> table = new Grid<>();

	private final Div calendar = new Div();

	/** Names of the sites of the tests read so far. */
	private final Map<String, String> siteNames = new HashMap<>();

	CampaignDetailView(CampaignManagement campaigns, OrganisationManagement organisation) {
		this.campaigns = campaigns;
		this.organisation = organisation;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("campaignId").orElse("");
		try {
			this.campaign = this.campaigns.campaign(id);
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
			event.forwardTo(CampaignListView.class);
			return;
		}
		this.auditorLabels = this.campaigns.auditorLabels();
		build();
	}

	private void build() {
		removeAll();
		var definition = this.campaign.definition();
		add(new H1(this.campaign.name()),
				new Paragraph(getTranslation("plan.subtitle", definition.start().format(CampaignListView.DATE),
						definition.end().format(CampaignListView.DATE),
						getTranslation(definition.recurrence().messageKey()), definition.referentialVersionId())));
		this.waveChoice.setLabel(getTranslation("plan.wave"));
		this.waveChoice.setWidth("min(100%, 30rem)");
		this.waveChoice.setItems(this.campaign.waves().stream().map(Wave::number).toList());
		this.waveChoice.setItemLabelGenerator((number) -> {
			Wave candidate = this.campaign.wave(number).orElseThrow();
			return getTranslation("plan.waveLabel", number, candidate.from().format(CampaignListView.DATE),
					candidate.to().format(CampaignListView.DATE), getTranslation(candidate.status().messageKey()));
		});
		this.waveChoice.addValueChangeListener((change) -> {
			if (change.getValue() != null) {
				showWave(change.getValue());
			}
		});
		configureTable();
		RadioButtonGroup<String> display = new RadioButtonGroup<>(getTranslation("plan.display"));
		display.setItems("plan.table", "plan.calendar");
		display.setItemLabelGenerator(this::getTranslation);
		display.setValue("plan.table");
		this.calendar.setVisible(false);
		display.addValueChangeListener((change) -> {
			boolean table = "plan.table".equals(change.getValue());
			this.table.setVisible(table);
			this.calendar.setVisible(!table);
			if (!table) {
				renderCalendar();
			}
		});
		add(this.waveChoice, this.waveHeader, this.summary, display, this.table, this.calendar);
		this.waveChoice.setValue(this.campaign.waves()
			.stream()
			.filter((candidate) -> candidate.status() != WaveStatus.CLOSED)
			.map(Wave::number)
			.findFirst()
			.orElse(1));
	}

	private void showWave(int number) {
		this.wave = this.campaign.wave(number).orElseThrow();
		this.waveHeader.removeAll();
		this.waveHeader.addClassName("wave-header");
		Span status = new Span(getTranslation(this.wave.status().messageKey()));
		status.addClassName("badge");
		HorizontalLayout actions = new HorizontalLayout();
		actions.setWrap(true);
		boolean editable = this.wave.status() == WaveStatus.PLANNED || this.wave.status() == WaveStatus.DRAWN;
		Button draw = new Button(getTranslation(this.wave.seed() == null ? "plan.draw" : "plan.redraw"),
				VaadinIcon.RANDOM.create(), (click) -> draw(null));
		draw.setEnabled(editable);
		actions.add(draw);
		if (this.wave.seed() != null) {
			Button replay = new Button(getTranslation("plan.replay"), VaadinIcon.REFRESH.create(),
					(click) -> draw(this.wave.seed()));
			replay.setEnabled(editable);
			actions.add(replay);
		}
		Button publish = new Button(getTranslation("plan.publish"), VaadinIcon.PAPERPLANE.create(),
				(click) -> publish());
		publish.addThemeVariants(ButtonVariant.PRIMARY);
		publish.setEnabled(this.wave.status() == WaveStatus.DRAWN);
		actions.add(publish);
		this.waveHeader.add(status);
		if (this.wave.seed() != null) {
			Span seed = new Span(getTranslation("plan.seed", Long.toString(this.wave.seed()),
					this.wave.inputFingerprint().substring(0, 12)));
			seed.addClassName("seed");
			this.waveHeader.add(seed);
		}
		this.waveHeader.add(actions);
		refreshSlots();
	}

	private void draw(Long seed) {
		try {
			DrawSummary result = this.campaigns.draw(this.campaign.id(), this.wave.number(), seed);
			this.campaign = this.campaigns.campaign(this.campaign.id());
			showWave(this.wave.number());
			showSummary(result);
			Notifications.success(this, "plan.drawn", result.slots(), result.unassigned());
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private void publish() {
		try {
			int published = this.campaigns.publish(this.campaign.id(), this.wave.number());
			this.campaign = this.campaigns.campaign(this.campaign.id());
			showWave(this.wave.number());
			Notifications.success(this, "plan.published", published);
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private void showSummary(DrawSummary result) {
		this.summary.removeAll();
		if (result.problems().isEmpty()) {
			return;
		}
		learnNames(result.problems().stream().map((problem) -> problem.siteId()).toList());
		this.summary.add(new H3(getTranslation("plan.problems")));
		result.problems()
			.forEach((problem) -> this.summary.add(new Paragraph(
					getTranslation(problem.reasonKey(), this.siteNames.getOrDefault(problem.siteId(), problem.siteId()),
							getTranslation("channel." + problem.channelCode()), problem.missing()))));
	}

	private void configureTable() {
		this.table.removeAllColumns();
		this.table.addColumn((slot) -> SlotTexts.when(this, slot))
			.setHeader(getTranslation("plan.when"))
			.setSortProperty("date")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.table
			.addColumn((slot) -> this.siteNames.getOrDefault(slot.siteId(), slot.siteId()) + " · "
					+ getTranslation(slot.channel().messageKey()))
			.setHeader(getTranslation("plan.siteChannel"))
			.setFlexGrow(2);
		this.table
			.addColumn((slot) -> (slot.auditorId() != null)
					? this.auditorLabels.getOrDefault(slot.auditorId(), slot.auditorId())
					: getTranslation("plan.unassigned"))
			.setHeader(getTranslation("plan.auditor"))
			.setSortProperty("auditorId")
			.setFlexGrow(1);
		this.table.addColumn(this::statusText).setHeader(getTranslation("plan.status")).setFlexGrow(2);
		this.table.addComponentColumn((slot) -> {
			Button move = new Button(VaadinIcon.EXCHANGE.create(), (click) -> openMove(slot));
			move.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
			String label = getTranslation("plan.move.aria", this.siteNames.getOrDefault(slot.siteId(), slot.siteId()),
					SlotTexts.when(this, slot));
			move.setAriaLabel(label);
			move.setTooltipText(label);
			move.setEnabled(slot.status() != SlotStatus.DONE && slot.status() != SlotStatus.CANCELLED);
			return move;
		}).setHeader(getTranslation("grid.actions")).setFlexGrow(0).setAutoWidth(true).setFrozenToEnd(true);
		this.table.setAriaLabel(getTranslation("plan.table"));
		this.table.setHeight("32rem");
		// A page of the wave at a time, read by the store.
		this.table.setItems((query) -> {
			List<TestSlot> page = this.campaigns.slots(this.campaign.id(), this.wave.number(), query.getOffset(),
					query.getLimit(), VaadinSpringDataHelpers.toSpringDataSort(query));
			learnNames(page.stream().map(TestSlot::siteId).toList());
			return page.stream();
		}, (query) -> (this.wave != null) ? (int) this.campaigns.slotCount(this.campaign.id(), this.wave.number()) : 0);
	}

	private void learnNames(List<String> siteIds) {
		List<String> unknown = siteIds.stream().filter((id) -> !this.siteNames.containsKey(id)).distinct().toList();
		if (!unknown.isEmpty()) {
			this.siteNames.putAll(this.organisation.siteNames(unknown));
		}
	}

	/**
	 * Status, then notes (peak, answering machine, moved) and why nobody could take it.
	 */
	private String statusText(TestSlot slot) {
		String flags = flags(slot);
		return getTranslation(slot.status().messageKey()) + (flags.isEmpty() ? "" : " · " + flags)
				+ ((slot.unassignedReason() != null) ? " — " + SlotTexts.reason(this, slot) : "");
	}

	private String flags(TestSlot slot) {
		StringBuilder flags = new StringBuilder();
		if (slot.peak()) {
			flags.append(getTranslation("plan.flag.peak")).append(' ');
		}
		if (slot.outsideHours()) {
			flags.append(getTranslation("plan.flag.outside")).append(' ');
		}
		if (slot.movedByHand()) {
			flags.append(getTranslation("plan.flag.moved"));
		}
		return flags.toString().trim();
	}

	private void openMove(TestSlot slot) {
		MoveSlotDialog dialog = new MoveSlotDialog(this.campaigns, slot, this.wave,
				this.siteNames.getOrDefault(slot.siteId(), slot.siteId()), this.auditorLabels);
		dialog.addMovedListener((moved) -> refreshSlots());
		dialog.open();
	}

	private void refreshSlots() {
		this.table.getDataProvider().refreshAll();
		// Built only when shown: a national wave is 12,000 chips held by the session.
		if (this.calendar.isVisible()) {
			renderCalendar();
		}
	}

	/**
	 * Weeks of the wave as rows of seven days, each day listing its tests: the whole
	 * wave, read when the calendar is shown.
	 */
	private void renderCalendar() {
		List<TestSlot> slots = this.campaigns.slots(this.campaign.id(), this.wave.number());
		learnNames(slots.stream().map(TestSlot::siteId).toList());
		this.calendar.removeAll();
		this.calendar.addClassName("plan-calendar");
		Map<LocalDate, List<TestSlot>> byDay = slots.stream().collect(Collectors.groupingBy(TestSlot::date));
		Div header = new Div();
		header.addClassName("calendar-week");
		header.getElement().setAttribute("aria-hidden", "true");
		for (DayOfWeek day : DayOfWeek.values()) {
			Span name = new Span(day.getDisplayName(TextStyle.SHORT, getLocale()));
			name.addClassName("calendar-dayname");
			header.add(name);
		}
		this.calendar.add(header);
		LocalDate monday = this.wave.from().with(DayOfWeek.MONDAY);
		for (LocalDate week = monday; !week.isAfter(this.wave.to()); week = week.plusWeeks(1)) {
			Div row = new Div();
			row.addClassName("calendar-week");
			for (int offset = 0; offset < 7; offset++) {
				LocalDate day = week.plusDays(offset);
				Div cell = new Div();
				cell.addClassName("calendar-day");
				if (!this.wave.covers(day)) {
					cell.addClassName("outside");
				}
				cell.getElement().setAttribute("aria-label", day.format(SlotTexts.DATE.withLocale(getLocale())));
				cell.add(new H3(Integer.toString(day.getDayOfMonth())));
				List<TestSlot> ofDay = byDay.getOrDefault(day, List.of());
				if (ofDay.size() > MAX_CHIPS_PER_DAY) {
					cell.add(dayCount(ofDay));
					row.add(cell);
					continue;
				}
				for (TestSlot slot : ofDay) {
					Span chip = new Span(((slot.start() != null) ? slot.start().format(SlotTexts.TIME) + " " : "")
							+ getTranslation(slot.channel().messageKey()) + " · "
							+ this.siteNames.getOrDefault(slot.siteId(), slot.siteId()));
					chip.addClassName("calendar-chip");
					chip.addClassName("channel-" + slot.channel().code());
					if (!slot.assigned()) {
						chip.addClassName("unassigned");
					}
					cell.add(chip);
				}
				row.add(cell);
			}
			this.calendar.add(row);
		}
	}

	/**
	 * A day of a large wave as counts per channel (the table lists its tests): hundreds
	 * of chips a day would be unreadable and heavy.
	 */
	private Span dayCount(List<TestSlot> ofDay) {
		Map<fr.vigie.shared.Channel, Long> perChannel = ofDay.stream()
			.collect(Collectors.groupingBy(TestSlot::channel, java.util.TreeMap::new, Collectors.counting()));
		String channels = perChannel.entrySet()
			.stream()
			.map((entry) -> getTranslation(entry.getKey().messageKey()) + " " + entry.getValue())
			.collect(Collectors.joining(" · "));
		long unassigned = ofDay.stream().filter((slot) -> !slot.assigned()).count();
		Span count = new Span(getTranslation("plan.calendar.count", ofDay.size(), channels, unassigned));
		count.addClassName("calendar-chip");
		return count;
	}

	@Override
	public String getPageTitle() {
		return ((this.campaign != null) ? this.campaign.name() : getTranslation("campaigns.title")) + " · "
				+ getTranslation("app.name");
	}

}
