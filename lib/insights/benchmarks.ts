// What the figures are held against (issue 15's sources), shared by lib and the charts.
export const INTERACTIVE_AVERAGE = 0.27; // SWOOP's benchmark of Viva Engage networks: 27 % of users interact
export const INTERACTIVE_TARGET = 0.38; // … and their target
export const RECOGNISED_WEEKLY_BENCHMARK = 0.25; // Gallup: about one in four recognised in the last seven days
