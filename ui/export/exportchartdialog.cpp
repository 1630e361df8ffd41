// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/exportchartdialog.h"

#include "models/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace seance {
namespace {

constexpr int previewWidth = 400;
constexpr int previewHeight = previewWidth * 9 / 16;

QString presetLabel(const QSize& size)
{
    const QString dimensions = QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
    if (size == QSize(1920, 1080))
        return ExportChartDialog::tr("%1 — slide, Full HD").arg(dimensions);
    if (size == QSize(1280, 720))
        return ExportChartDialog::tr("%1 — slide, HD").arg(dimensions);
    if (size == QSize(1080, 1080))
        return ExportChartDialog::tr("%1 — square post").arg(dimensions);
    return ExportChartDialog::tr("%1 — link preview").arg(dimensions);
}

} // namespace

ExportChartDialog::ExportChartDialog(const ChartExportSpec& view, Theme currentTheme, QWidget* parent)
    : QDialog(parent)
    , m_view(view)
    , m_currentTheme(currentTheme)
    , m_renderer(std::make_unique<ChartExportRenderer>())
    , m_format(new QComboBox(this))
    , m_sizePreset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_caption(new QLineEdit(this))
    , m_events(new QCheckBox(tr("Event &markers"), this))
    , m_legend(new QCheckBox(tr("&Legend"), this))
    , m_transparent(new QCheckBox(tr("&Transparent background"), this))
    , m_smoothing(new QComboBox(this))
    , m_band(new QCheckBox(tr("± standard error &band"), this))
    , m_previewLabel(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportChartDialog"));
    setWindowTitle(tr("Export Chart"));
    m_loaded = m_renderer->load(view, &m_loadError);
    buildForm();
    restoreChoices();
    if (m_loaded) {
        // The texts start from what the user wrote for the last export, else from the current view; an empty
        // field then means "no title", not "the default".
        const auto restore = [](QLineEdit* field, Setting setting, const QString& fallback) {
            const QVariant kept = AppSettings::value(setting);
            field->setText(kept.isValid() ? kept.toString() : fallback);
        };
        m_defaultTexts = {m_renderer->title(), m_renderer->subtitle(), m_renderer->caption()};
        restore(m_title, Setting::ChartExportTitle, m_defaultTexts.at(0));
        restore(m_subtitle, Setting::ChartExportSubtitle, m_defaultTexts.at(1));
        restore(m_caption, Setting::ChartExportCaption, m_defaultTexts.at(2));
    }
    updateEnabled();
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(60);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportChartDialog::renderPreview);
    renderPreview();
}

ExportChartDialog::~ExportChartDialog() = default;

QList<QSize> ExportChartDialog::sizePresets()
{
    return {QSize(1920, 1080), QSize(1280, 720), QSize(1080, 1080), QSize(1200, 630)};
}

void ExportChartDialog::buildForm()
{
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector drawing"), QStringLiteral("svg"));
    m_sizePreset->setObjectName(QStringLiteral("sizePreset"));
    for (const QSize& size : sizePresets())
        m_sizePreset->addItem(presetLabel(size), size);
    m_sizePreset->addItem(tr("Custom"));
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(64, 8192);
        side->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->addItem(tr("1× (as laid out)"), 1.0);
    m_scale->addItem(tr("2× (sharp on high-density screens)"), 2.0);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const Theme theme : allThemes())
        m_theme->addItem(themeDisplayName(theme), themeName(theme));
    // Wide enough to read a default caption whole.
    for (QLineEdit* text : {m_title, m_subtitle, m_caption})
        text->setMinimumWidth(420);
    m_title->setObjectName(QStringLiteral("title"));
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_caption->setObjectName(QStringLiteral("caption"));
    m_events->setObjectName(QStringLiteral("events"));
    m_legend->setObjectName(QStringLiteral("legend"));
    m_transparent->setObjectName(QStringLiteral("transparent"));
    m_previewLabel->setObjectName(QStringLiteral("preview"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFixedSize(previewWidth, previewHeight);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_sizePreset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("T&heme:"), m_theme);
    // The view's smoothing, which a slide may want without changing the screen's.
    const int days = m_view.smoothing.days;
    m_smoothing->setObjectName(QStringLiteral("smoothing"));
    m_smoothing->addItem(tr("None"), int(SmoothingKind::None));
    m_smoothing->addItem(tr("%n-day moving average", nullptr, days), int(SmoothingKind::MovingAverage));
    m_smoothing->addItem(tr("%n-day EMA", nullptr, days), int(SmoothingKind::Exponential));
    m_smoothing->setCurrentIndex(m_smoothing->findData(int(m_view.smoothing.kind)));
    m_smoothing->setToolTip(tr("As View › Smoothing: days are pooled by their posts. Points resting on fewer than "
                               "%n posts are drawn faded.",
                               nullptr, m_view.smoothing.minPosts));
    m_band->setObjectName(QStringLiteral("band"));
    m_band->setChecked(m_view.smoothing.band);
    m_band->setToolTip(tr("The standard error of the smoothed line, from the spread of the days in its window"));
    auto* smoothingRow = new QHBoxLayout;
    smoothingRow->addWidget(m_smoothing);
    smoothingRow->addWidget(m_band);
    smoothingRow->addStretch(1);
    form->addRow(tr("Sm&oothing:"), smoothingRow);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("Ca&ption:"), m_caption);
    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_events);
    toggles->addWidget(m_legend);
    toggles->addWidget(m_transparent);
    toggles->addStretch(1);
    form->addRow(QString(), toggles);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    exportButton->setEnabled(m_loaded);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_previewLabel, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_sizePreset, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant preset = m_sizePreset->currentData();
        if (preset.isValid()) {
            m_width->setValue(preset.toSize().width());
            m_height->setValue(preset.toSize().height());
        }
        updateEnabled();
        schedulePreview();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    for (QSpinBox* side : {m_width, m_height})
        connect(side, &QSpinBox::valueChanged, this, &ExportChartDialog::schedulePreview);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportChartDialog::schedulePreview);
    for (QLineEdit* text : {m_title, m_subtitle, m_caption})
        connect(text, &QLineEdit::textChanged, this, &ExportChartDialog::schedulePreview);
    for (QCheckBox* box : {m_events, m_legend, m_transparent})
        connect(box, &QCheckBox::toggled, this, &ExportChartDialog::schedulePreview);
    connect(m_smoothing, &QComboBox::currentIndexChanged, this, &ExportChartDialog::followSmoothing);
    connect(m_band, &QCheckBox::toggled, this, &ExportChartDialog::followSmoothing);
}

Smoothing ExportChartDialog::chosenSmoothing() const
{
    Smoothing smoothing = m_view.smoothing;
    smoothing.kind = SmoothingKind(m_smoothing->currentData().toInt());
    smoothing.band = m_band->isChecked() && smoothing.isOn();
    return smoothing;
}

void ExportChartDialog::followSmoothing()
{
    updateEnabled();
    // A subtitle left as suggested names the new smoothing; one the user wrote stays.
    if (m_loaded && m_defaultTexts.size() > 1) {
        const QString suggested =
            defaultChartSubtitle(m_view.metric, m_view.granularity, m_renderer->range(), chosenSmoothing());
        if (m_subtitle->text() == m_defaultTexts.at(1))
            m_subtitle->setText(suggested);
        m_defaultTexts[1] = suggested;
    }
    schedulePreview();
}

void ExportChartDialog::restoreChoices()
{
    const bool svg = AppSettings::value(Setting::ChartExportFormat).toString() == QLatin1String("svg");
    m_format->setCurrentIndex(svg ? 1 : 0);
    QSize size = AppSettings::value(Setting::ChartExportSize).toSize();
    if (size.width() < m_width->minimum() || size.height() < m_height->minimum())
        size = sizePresets().constFirst();
    const qsizetype preset = sizePresets().indexOf(size);
    m_sizePreset->setCurrentIndex(preset >= 0 ? int(preset) : m_sizePreset->count() - 1);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_scale->setCurrentIndex(AppSettings::value(Setting::ChartExportScale).toDouble() >= 1.5 ? 1 : 0);
    m_theme->setCurrentIndex(int(allThemes().indexOf(m_currentTheme)));
    m_events->setChecked(AppSettings::value(Setting::ChartExportEvents).toBool());
    m_legend->setChecked(AppSettings::value(Setting::ChartExportLegend).toBool());
    m_transparent->setChecked(AppSettings::value(Setting::ChartExportTransparent).toBool());
}

void ExportChartDialog::rememberChoices() const
{
    AppSettings::setValue(Setting::ChartExportFormat, m_format->currentData());
    AppSettings::setValue(Setting::ChartExportSize, chosenSize());
    AppSettings::setValue(Setting::ChartExportScale, m_scale->currentData());
    AppSettings::setValue(Setting::ChartExportEvents, m_events->isChecked());
    AppSettings::setValue(Setting::ChartExportLegend, m_legend->isChecked());
    AppSettings::setValue(Setting::ChartExportTransparent, m_transparent->isChecked());
    // A text the user changed is kept for the next export; one left as the view's default is not, so the next
    // export's default follows its own tokens and range.
    const auto keep = [](const QLineEdit* field, Setting setting, const QString& byDefault) {
        if (field->text() == byDefault)
            AppSettings::reset(setting);
        else
            AppSettings::setValue(setting, field->text());
    };
    if (m_loaded) {
        keep(m_title, Setting::ChartExportTitle, m_defaultTexts.value(0));
        keep(m_subtitle, Setting::ChartExportSubtitle, m_defaultTexts.value(1));
        keep(m_caption, Setting::ChartExportCaption, m_defaultTexts.value(2));
    }
}

void ExportChartDialog::updateEnabled()
{
    const bool custom = !m_sizePreset->currentData().isValid();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    // An SVG has no pixels to multiply.
    m_scale->setEnabled(chosenFormat() == ImageFormat::Png);
    m_band->setEnabled(m_smoothing->currentData().toInt() != int(SmoothingKind::None));
}

ImageFormat ExportChartDialog::chosenFormat() const
{
    return m_format->currentData().toString() == QLatin1String("svg") ? ImageFormat::Svg : ImageFormat::Png;
}

QSize ExportChartDialog::chosenSize() const
{
    return QSize(m_width->value(), m_height->value());
}

double ExportChartDialog::chosenScale() const
{
    return chosenFormat() == ImageFormat::Png ? m_scale->currentData().toDouble() : 1.0;
}

Theme ExportChartDialog::chosenTheme() const
{
    return themeFromName(m_theme->currentData().toString()).value_or(m_currentTheme);
}

ChartExportSpec ExportChartDialog::chosenSpec() const
{
    ChartExportSpec spec = m_view;
    spec.palette = chartPalette(chosenTheme());
    spec.size = chosenSize();
    spec.scale = chosenScale();
    spec.title = m_title->text();
    spec.subtitle = m_subtitle->text();
    spec.caption = m_caption->text();
    spec.showEvents = m_events->isChecked();
    spec.showLegend = m_legend->isChecked();
    spec.transparent = m_transparent->isChecked();
    spec.smoothing = chosenSmoothing();
    return spec;
}

QString ExportChartDialog::suggestedFileName() const
{
    QString base = m_view.tokenIds.join(QLatin1Char('_'));
    if (base.isEmpty() || base.size() > 60)
        base = QStringLiteral("chart");
    return QStringLiteral("%1-sentiment.%2")
        .arg(base, chosenFormat() == ImageFormat::Svg ? QStringLiteral("svg") : QStringLiteral("png"));
}

bool ExportChartDialog::writeTo(const QString& path, QString* error)
{
    m_renderer->setPresentation(chosenSpec());
    ChartExportRenderer* renderer = m_renderer.get();
    // The file's suffix wins over the format box: the user may have typed .svg in the file dialog.
    return writeImageFile(
        path, imageFormatForPath(path).value_or(chosenFormat()),
        [renderer](QPainter* painter, const QRectF& target) { renderer->paint(painter, target); },
        renderer->imageOptions(), error);
}

void ExportChartDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportChartDialog::renderPreview()
{
    if (!m_loaded) {
        m_previewLabel->setText(tr("Cannot draw the chart:\n%1").arg(m_loadError));
        return;
    }
    const ChartExportSpec spec = chosenSpec();
    m_renderer->setPresentation(spec);
    // The thumbnail is the picture itself, laid out at full size and painted at a fraction of a pixel each. It fits
    // the preview box whatever the shape, so a square or tall picture is shown whole, not cropped by the dialog.
    const double factor =
        std::min(double(previewWidth) / spec.size.width(), double(previewHeight) / spec.size.height());
    m_preview = QImage(std::max(1, int(std::lround(spec.size.width() * factor))),
                       std::max(1, int(std::lround(spec.size.height() * factor))), QImage::Format_ARGB32_Premultiplied);
    // A transparent picture is previewed over a mid grey, which shows both dark and light text.
    m_preview.fill(spec.transparent ? QColor(0x80, 0x80, 0x80) : spec.palette.background);
    {
        QPainter painter(&m_preview);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(factor, factor);
        m_renderer->paint(&painter, QRectF(QPointF(0, 0), QSizeF(spec.size)));
    }
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

} // namespace seance
