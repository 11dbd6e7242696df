-- The three databases the services expect (as the local stack creates them); each service migrates its own.
CREATE DATABASE tasks;
CREATE DATABASE reporting;
CREATE DATABASE notification;
