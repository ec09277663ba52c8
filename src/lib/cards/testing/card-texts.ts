// Test helper: the texts a card shows, split by how Teams reads them (TextBlock = markdown, TextRun = literal).
import type { AdaptiveCard, CardElement } from "../types";

export interface CardTexts {
  textBlocks: string[];
  textRuns: string[];
  facts: string[];
}

export function collectCardTexts(card: AdaptiveCard): CardTexts {
  const texts: CardTexts = { textBlocks: [], textRuns: [], facts: [] };
  const visit = (element: CardElement): void => {
    switch (element.type) {
      case "TextBlock":
        texts.textBlocks.push(element.text);
        break;
      case "RichTextBlock":
        texts.textRuns.push(...element.inlines.map((run) => run.text));
        break;
      case "FactSet":
        texts.facts.push(...element.facts.flatMap((fact) => [fact.title, fact.value]));
        break;
      case "Container":
        element.items.forEach(visit);
        break;
      case "ColumnSet":
        element.columns.forEach((column) => {
          column.items.forEach(visit);
        });
        break;
    }
  };
  card.body.forEach(visit);
  return texts;
}
