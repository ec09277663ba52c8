// Shows, in the tab, the card that will be posted to the meeting chat, rendered by Microsoft's own
// Adaptive Cards renderer so the host sees what attendees will see. The renderer is loaded on
// demand: it is large and only the host's "post agenda" view needs it.
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type * as AdaptiveCards from "adaptivecards";
import type { AdaptiveCard } from "@/lib/cards";
import { ErrorNotice } from "@/lib/ui/error-notice";

type AdaptiveCardsModule = typeof AdaptiveCards;

let loading: Promise<AdaptiveCardsModule> | undefined;

function loadAdaptiveCards(): Promise<AdaptiveCardsModule> {
  loading ??= import("adaptivecards").then(
    (module) => {
      // Our TextBlocks are fixed labels with no markdown, and no markdown engine is bundled; this
      // keeps the renderer from warning about it on every load.
      module.AdaptiveCard.onProcessMarkdown ??= (_text, result) => {
        result.didProcess = false;
      };
      return module;
    },
    (error: unknown) => {
      // Forget a failed load (e.g. a chunk lost to a redeploy) so "retry" really retries.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

// Colours are Fluent's CSS variables, not values, so the preview follows the Teams theme (light,
// dark, high contrast) that FluentProvider sets, without re-rendering when it changes.
function foreground(normal: string, subtle: string) {
  return { default: normal, subtle };
}

function createHostConfig(module: AdaptiveCardsModule): AdaptiveCards.HostConfig {
  const foregroundColors = {
    default: foreground(tokens.colorNeutralForeground1, tokens.colorNeutralForeground3),
    dark: foreground(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
    light: foreground(tokens.colorNeutralForeground2, tokens.colorNeutralForeground3),
    accent: foreground(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
    good: foreground(tokens.colorStatusSuccessForeground1, tokens.colorStatusSuccessForeground1),
    warning: foreground(tokens.colorStatusWarningForeground1, tokens.colorStatusWarningForeground1),
    attention: foreground(tokens.colorStatusDangerForeground1, tokens.colorStatusDangerForeground1),
  };
  const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors });
  return new module.HostConfig({
    // Actions must still be drawn: the preview shows the buttons, it just does not act on them.
    supportsInteractivity: true,
    fontFamily: tokens.fontFamilyBase,
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 16 },
    separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
    containerStyles: {
      default: style(tokens.colorNeutralBackground1),
      emphasis: style(tokens.colorNeutralBackground3),
      accent: style(tokens.colorBrandBackground2),
      good: style(tokens.colorStatusSuccessBackground1),
      warning: style(tokens.colorStatusWarningBackground1),
      attention: style(tokens.colorStatusDangerBackground1),
    },
    actions: {
      actionsOrientation: "horizontal",
      actionAlignment: "left",
      buttonSpacing: 8,
      maxActions: 5,
      spacing: "default",
      showCard: { actionMode: "inline" },
    },
  });
}

type Rendered = { element: HTMLElement } | { error: unknown };

function renderCard(module: AdaptiveCardsModule, card: AdaptiveCard): Rendered {
  try {
    const adaptiveCard = new module.AdaptiveCard();
    adaptiveCard.hostConfig = createHostConfig(module);
    // The preview is not interactive: pressing a button (rendered with role="link" for OpenUrl) must
    // not open the deep link.
    adaptiveCard.onExecuteAction = () => undefined;
    adaptiveCard.parse(card);
    const element = adaptiveCard.render();
    if (!element) return { error: new Error("The Adaptive Cards renderer returned nothing for this card") };
    for (const button of element.querySelectorAll("button")) button.setAttribute("aria-disabled", "true");
    return { element };
  } catch (error) {
    return { error };
  }
}

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
    "& .ac-pushButton": {
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      cursor: "default",
    },
  },
  loading: { padding: tokens.spacingVerticalL },
});

export interface CardPreviewProps {
  card: AdaptiveCard;
  /** Accessible name of the preview, e.g. "Agenda card preview". */
  label?: string;
}

export function CardPreview({ card, label }: CardPreviewProps) {
  const styles = useStyles();
  const { t } = useTranslation("common");
  const host = useRef<HTMLDivElement>(null);
  const [module, setModule] = useState<AdaptiveCardsModule>();
  const [loadError, setLoadError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    loadAdaptiveCards().then(
      (loaded) => {
        if (active) setModule(loaded);
      },
      (error: unknown) => {
        if (active) setLoadError(error);
      },
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const rendered = useMemo(() => (module ? renderCard(module, card) : undefined), [module, card]);

  useEffect(() => {
    const target = host.current;
    if (!target || !rendered || !("element" in rendered)) return;
    target.replaceChildren(rendered.element);
    return () => {
      target.replaceChildren();
    };
  }, [rendered]);

  if (loadError !== undefined && !module) {
    return (
      <ErrorNotice
        error={loadError}
        onRetry={() => {
          setLoadError(undefined);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  if (!rendered) return <Spinner className={styles.loading} label={t("loading")} />;
  if ("error" in rendered) return <ErrorNotice error={rendered.error} />;
  return <div ref={host} className={styles.root} role="group" aria-label={label} onClickCapture={ignoreLinks} />;
}

// Text runs with a selectAction render as links; in the preview they must not navigate either.
function ignoreLinks(event: MouseEvent<HTMLDivElement>): void {
  if (event.target instanceof Element && event.target.closest("a")) event.preventDefault();
}
