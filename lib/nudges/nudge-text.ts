import { formatDate } from "@/lib/format/dates";

// What each nudge says and offers, in one place (English only today; catalogues later). Pure.

export const NUDGE_TEXT = {
  thank: (first: string, lastRecognised: Date | null, timeZone: string) =>
    lastRecognised
      ? `${first} has not been recognised since ${formatDate(lastRecognised, "monthYear", { timeZone }).split(" ")[0]}: say thanks?`
      : `${first} has not been recognised yet: say thanks?`,
  thankAction: (first: string) => `Thank ${first}`,
  welcome: (first: string) => `${first} joined this week: welcome them in the feed?`,
  welcomeAction: (first: string) => `Welcome ${first}`,
  questions: (count: number) =>
    `${count} question${count === 1 ? " has" : "s have"} waited more than 48 hours for your answer.`,
  questionsAction: "Answer now",
  coldAction: "Open the community",
  welcomeBody: (handle: string) => `Please welcome @${handle} to the team! `,
  thankBody: (handle: string) => `Thank you, @${handle}, for `,
} as const;

export function firstNameOf(name: string): string {
  return name.split(" ")[0] || name;
}
