import { error, type ProgramCheck } from "./check.js";

export const deadlineBeforeOpening: ProgramCheck = (program) => {
  const application = program.application;
  if (!application?.opens || !application.deadline || application.opens <= application.deadline) {
    return [];
  }
  return [
    error(
      "deadline-before-opening",
      `the application deadline ${application.deadline} comes before applications open (${application.opens})`,
      ["application", "deadline"],
    ),
  ];
};
