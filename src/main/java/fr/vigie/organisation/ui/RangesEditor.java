package fr.vigie.organisation.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.vigie.organisation.TimeRange;
import fr.vigie.shared.UserFacingException;

/**
 * The opening ranges of one day: start, end and a peak-hours flag per range, as many
 * ranges as needed (a lunch break makes two). Rows left completely empty are ignored.
 */
class RangesEditor extends Div {

	private final DayOfWeek day;

	private final String dayName;

	private final Div rows = new Div();

	private final List<RangeRow> rangeRows = new ArrayList<>();

	RangesEditor(DayOfWeek day, String dayName, List<TimeRange> initial) {
		this.day = day;
		this.dayName = dayName;
		addClassName("ranges-editor");
		this.rows.addClassName("range-rows");
		Button add = new Button(getTranslation("hours.addRange"), VaadinIcon.PLUS.create(), (click) -> addRow(null));
		add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		add.setAriaLabel(getTranslation("hours.addRange.aria", dayName));
		add(this.rows, add);
		setRanges(initial);
	}

	void setRanges(List<TimeRange> ranges) {
		this.rows.removeAll();
		this.rangeRows.clear();
		ranges.forEach(this::addRow);
	}

	/** The ranges typed, checked one by one; the day's overlap check comes after. */
	List<TimeRange> ranges() {
		List<TimeRange> ranges = new ArrayList<>();
		for (RangeRow row : this.rangeRows) {
			LocalTime start = row.start.getValue();
			LocalTime end = row.end.getValue();
			if (start == null && end == null) {
				continue;
			}
			if (this.day != null) {
				ranges.add(TimeRange.on(this.day, start, end, row.peak.getValue()));
			}
			else {
				if (start == null || end == null) {
					throw new UserFacingException("hours.incomplete.date");
				}
				ranges.add(new TimeRange(start, end, row.peak.getValue()));
			}
		}
		return ranges;
	}

	private void addRow(TimeRange range) {
		RangeRow row = new RangeRow(this.rangeRows.size() + 1);
		if (range != null) {
			row.start.setValue(range.start());
			row.end.setValue(range.end());
			row.peak.setValue(range.peak());
		}
		this.rangeRows.add(row);
		this.rows.add(row);
	}

	private final class RangeRow extends Div {

		private final TimePicker start = new TimePicker();

		private final TimePicker end = new TimePicker();

		private final Checkbox peak = new Checkbox();

		RangeRow(int number) {
			addClassName("range-row");
			this.start.setLabel(getTranslation("hours.from"));
			this.start.setAriaLabel(getTranslation("hours.from.aria", RangesEditor.this.dayName, number));
			this.end.setLabel(getTranslation("hours.to"));
			this.end.setAriaLabel(getTranslation("hours.to.aria", RangesEditor.this.dayName, number));
			for (TimePicker picker : new TimePicker[] { this.start, this.end }) {
				picker.setStep(Duration.ofMinutes(15));
				picker.setLocale(Texts.locale(RangesEditor.this));
				picker.addClassName("time");
			}
			this.peak.setLabel(getTranslation("hours.peak"));
			Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> {
				RangesEditor.this.rangeRows.remove(this);
				RangesEditor.this.rows.remove(this);
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
			remove.setAriaLabel(getTranslation("hours.removeRange.aria", RangesEditor.this.dayName, number));
			add(this.start, this.end, this.peak, remove);
		}

	}

}
